package org.vivarium.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.io.excel.EntryTemplates;
import org.vivarium.io.excel.MeasurementExport;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.Study;

/**
 * Writing files from the open study in the workbench, as {@code vivarium export} and {@code vivarium template} do on
 * the command line: the study as it is in the workbench (unsaved changes included), with a busy cursor and, when it
 * takes long, a progress dialog. Files are replaced only when complete.
 */
public final class StudyExports {

    /** Writes a file and says what it wrote. */
    @FunctionalInterface
    interface Writer {
        String write(IProgressMonitor monitor) throws IOException;
    }

    private StudyExports() {
    }

    /** The study's measurements as tidy rows (.xlsx or .csv); returns what was written, e.g. "1,832 measurements". */
    public static String exportMeasurements(Study study, Path out) throws IOException {
        if (!MeasurementExport.supports(out)) {
            throw new IOException(out.getFileName() + ": choose a file name ending in .xlsx or .csv");
        }
        return run("Exporting " + out.getFileName(), monitor -> String.format("%,d measurements",
                MeasurementExport.write(study, out, monitor)));
    }

    /**
     * An entry workbook with a sheet per session of the assay (all assays when null); returns what was written, e.g.
     * "6 entry sheets".
     */
    public static String writeTemplate(Study study, String assayCode, Path out) throws IOException {
        if (EntryTemplates.sessions(study, assayCode).isEmpty()) {
            throw new IOException("the study has no sessions" + (assayCode == null ? "" : " of " + assayCode)
                    + " to make entry sheets for: plan them in the study design first");
        }
        return run("Writing " + out.getFileName(), monitor -> {
            int sheets = EntryTemplates.write(study, assayCode, out);
            return sheets + " entry sheet" + (sheets == 1 ? "" : "s");
        });
    }

    /** The assays that have sessions, for choosing a template's assay. */
    public static List<AssayDefinition> assaysWithSessions(Study study) {
        List<AssayDefinition> assays = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            if (!a.getSessions().isEmpty()) {
                assays.add(a);
            }
        }
        return assays;
    }

    private static String run(String task, Writer writer) throws IOException {
        return Busy.run(task, IOException.class, writer::write, IOException::new);
    }
}
