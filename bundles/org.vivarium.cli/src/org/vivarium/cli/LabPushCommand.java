package org.vivarium.cli;

import java.nio.file.Path;

import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabStudies;

/** {@code lab push URL STUDY.vivarium}: uploads a study file with its audit trail; last line: the lab study id. */
final class LabPushCommand implements Command {

    @Override
    public String name() {
        return "lab push";
    }

    @Override
    public String usage() {
        return "lab push URL STUDY.vivarium";
    }

    @Override
    public String summary() {
        return "uploads a study file with its audit trail; its last output line is the lab study id";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String url = args.positional(0, "the lab URL");
        Path file = StudyFiles.checkExtension(args.path(1, "the study file"));
        args.checkNoneLeft(2);
        try (LabDatabase db = new LabAccess().connect(url)) {
            LabStudies studies = db.studies();
            long id = studies.push(file);
            long entries = studies.entries(id);
            console.out().println("pushed " + file + " (" + entries + (entries == 1 ? " audit entry" : " audit entries")
                    + ") to " + db.url());
            console.out().println(id);
            return Cli.OK;
        } catch (LabException e) {
            throw LabAccess.rejected(e);
        }
    }
}
