package org.vivarium.cli;

import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabStudy;

/** {@code lab list URL}: one line per study on the server: id, title, entries, who pushed it and when. */
final class LabListCommand implements Command {

    @Override
    public String name() {
        return "lab list";
    }

    @Override
    public String usage() {
        return "lab list URL";
    }

    @Override
    public String summary() {
        return "the studies on a lab server: id, title, audit entries, pushed by, when";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String url = args.positional(0, "the lab URL");
        args.checkNoneLeft(1);
        try (LabDatabase db = new LabAccess().connect(url)) {
            var studies = db.studies().list();
            for (LabStudy s : studies) {
                console.out().println(s.id() + "\t" + s.title() + "\t" + s.entries()
                        + (s.entries() == 1 ? " entry" : " entries") + "\tpushed by " + s.pushedBy() + "\t"
                        + s.pushedAt());
            }
            if (studies.isEmpty()) {
                console.err().println("no studies on " + db.url());
            }
            return Cli.OK;
        } catch (LabException e) {
            throw LabAccess.rejected(e);
        }
    }
}
