package org.vivarium.cli;

import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;

/** {@code lab init URL}: creates or upgrades the lab schema (as the database owner) and the lab's group roles. */
final class LabInitCommand implements Command {

    @Override
    public String name() {
        return "lab init";
    }

    @Override
    public String usage() {
        return "lab init URL";
    }

    @Override
    public String summary() {
        return "creates or upgrades the schema (as the database owner); URL: postgresql://USER@HOST:PORT/DB";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String url = args.positional(0, "the lab URL");
        args.checkNoneLeft(1);
        try (LabDatabase db = new LabAccess().connect(url)) {
            console.out().println(db.init() + " on " + db.url());
            return Cli.OK;
        } catch (LabException e) {
            throw LabAccess.rejected(e);
        }
    }
}
