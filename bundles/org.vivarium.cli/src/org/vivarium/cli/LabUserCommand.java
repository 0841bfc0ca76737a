package org.vivarium.cli;

import java.util.Optional;

import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabRole;

/**
 * {@code lab user add URL NAME --role ROLE}: a database login role in one of the lab's group roles. The new user's
 * password is read from stdin (one line; on a console: asked twice); the connecting user's as for every lab command.
 */
final class LabUserCommand implements Command {

    @Override
    public String name() {
        return "lab user";
    }

    @Override
    public String usage() {
        return "lab user add URL NAME --role technician|scientist|pi|viewer|admin";
    }

    @Override
    public String summary() {
        return "adds a lab user (a database login role); the new password is read from stdin";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String verb = args.positional(0, "the sub-command (add)");
        if (!verb.equals("add")) {
            throw new UsageException("unknown sub-command '" + verb + "' (one of: add)");
        }
        String url = args.positional(1, "the lab URL");
        String name = args.positional(2, "the user NAME");
        String roleName = args.requiredOption("role");
        args.checkNoneLeft(3);
        LabRole role;
        try {
            role = LabRole.of(roleName);
        } catch (LabException e) {
            throw new UsageException(e.getMessage());
        }
        LabAccess access = new LabAccess();
        try (LabDatabase db = access.connect(url)) {
            String password = newPassword(access, name);
            db.users().add(name, role, password);
            console.out().println("added user " + name + " (" + role.roleName() + ") on " + db.url().host() + ":"
                    + db.url().port());
            return Cli.OK;
        } catch (LabException e) {
            throw LabAccess.rejected(e);
        }
    }

    private static String newPassword(LabAccess access, String name) throws LabException {
        Optional<String> first = access.ask("New password for " + name + ": ");
        if (first.isEmpty() || first.get().isEmpty()) {
            throw new LabException("no password for the new user " + name + " (give it as one line on stdin)");
        }
        if (System.console() != null) {
            Optional<String> again = access.ask("Again: ");
            if (!first.equals(again)) {
                throw new LabException("the two passwords for " + name + " differ: nothing was changed");
            }
        }
        return first.get();
    }
}
