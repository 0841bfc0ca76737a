package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;

import org.vivarium.core.audit.AuditTrail;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;

/** {@code lab pull URL ID OUT.vivarium}: writes a file copy of a lab study (a new file; never overwrites one). */
final class LabPullCommand implements Command {

    @Override
    public String name() {
        return "lab pull";
    }

    @Override
    public String usage() {
        return "lab pull URL ID OUT.vivarium";
    }

    @Override
    public String summary() {
        return "writes a file copy of a lab study (with its audit trail) to a new file";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String url = args.positional(0, "the lab URL");
        String idText = args.positional(1, "the lab study ID");
        Path out = StudyFiles.checkExtension(args.path(2, "the output file"));
        args.checkNoneLeft(3);
        long id = id(idText);
        try (LabDatabase db = new LabAccess().connect(url)) {
            db.studies().pull(id, out);
        } catch (LabException e) {
            throw LabAccess.rejected(e);
        }
        AuditTrail trail = AuditTrail.of(StudyFiles.read(out).resource());
        console.out().println("pulled lab study " + id + " to " + out + " (" + trail.check().summary() + ")");
        return Cli.OK;
    }

    /** "12" or "lab:12". */
    static long id(String text) throws RejectedException {
        String digits = text.startsWith("lab:") ? text.substring(4) : text;
        try {
            long id = Long.parseLong(digits);
            if (id > 0) {
                return id;
            }
        } catch (NumberFormatException e) {
            // below
        }
        throw new RejectedException(List.of(), "bad lab study id '" + text + "': a number as 'lab list' shows it");
    }
}
