package org.vivarium.cli;

import java.nio.file.Path;
import java.util.List;

import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.EntryTemplates;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;

/** {@code template STUDY OUT.xlsx [--assay A]}: an entry workbook for technicians, one sheet per session. */
final class TemplateCommand implements Command {

    @Override
    public String name() {
        return "template";
    }

    @Override
    public String usage() {
        return "template STUDY OUT.xlsx [--assay A]";
    }

    @Override
    public String summary() {
        return "an entry template: a sheet per session with its animals and measures";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        Path study = args.path(0, "the study file");
        Path out = args.path(1, "the output file OUT.xlsx");
        String assay = args.option("assay", null);
        args.checkNoneLeft(2);
        if (!out.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) {
            throw new UsageException("templates are .xlsx workbooks: " + out);
        }
        ReadStudy read = StudyFiles.read(study);
        if (assay != null && Studies.findAssay(read.study(), assay) == null) {
            throw new RejectedException(List.of(study + ": no assay '" + assay + "' (assays: " + String.join(", ",
                    read.study().getAssays().stream().map(AssayDefinition::getCode).toList()) + ")"), null);
        }
        List<AssaySession> sessions = EntryTemplates.sessions(read.study(), assay);
        if (sessions.isEmpty()) {
            throw new RejectedException(List.of(study + ": no sessions" + (assay == null ? "" : " of assay " + assay)
                    + " to make entry sheets for; plan the sessions first"), null);
        }
        int sheets = OutputFiles.write(out, () -> EntryTemplates.write(read.study(), assay, out));
        console.out().printf("wrote %s: %d entry sheet%s (%s)%n", out, sheets, sheets == 1 ? "" : "s",
                String.join(", ", sessions.stream().map(AssaySession::getName).limit(6).toList())
                        + (sessions.size() > 6 ? ", ..." : ""));
        return Cli.OK;
    }
}
