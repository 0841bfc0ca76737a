package org.vivarium.io.excel;

import org.vivarium.core.logging.QuietLog4j;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vivarium.io.excel.internal.map.SheetNames;
import org.vivarium.io.excel.internal.write.AtomicOutput;
import org.vivarium.io.excel.internal.write.Templates;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/**
 * Entry templates for technicians: an .xlsx workbook with one sheet per session (of one assay, or of all), listing the
 * animals the session tests (by blind code when it is blinded) or its cages (per-cage assays), a column per measure
 * with its unit, data validation (numeric ranges, yes/no drop-downs for censoring), and locked header rows. Filled in
 * and imported, it gives no problem: the importer reads the session from the sheet.
 */
public final class EntryTemplates {

    static {
        QuietLog4j.quiet();
    }

    private EntryTemplates() {
    }

    /** The sessions a template would have: those of the assay (code, any case), or of all assays if null. */
    public static List<AssaySession> sessions(Study study, String assayCode) {
        List<AssaySession> list = new ArrayList<>();
        for (AssayDefinition a : study.getAssays()) {
            if (assayCode == null || assayCode.equalsIgnoreCase(a.getCode())) {
                list.addAll(a.getSessions());
            }
        }
        return list;
    }

    /** Writes the template atomically; returns the number of sheets. */
    public static int write(Study study, String assayCode, Path out) throws IOException {
        List<AssaySession> sessions = sessions(study, assayCode);
        if (sessions.isEmpty()) {
            throw new IllegalArgumentException("the study has no sessions" + (assayCode == null ? ""
                    : " of assay " + assayCode));
        }
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Templates templates = new Templates(wb, study);
            Set<String> names = new HashSet<>();
            for (AssaySession s : sessions) {
                String name = SheetNames.of(s.getName());
                for (int i = 2; !names.add(name.toLowerCase(java.util.Locale.ROOT)); i++) {
                    String suffix = " (" + i + ")";
                    name = SheetNames.of(s.getName()).substring(0, Math.min(SheetNames.of(s.getName()).length(),
                            31 - suffix.length())) + suffix;
                }
                templates.sheet(s, name);
            }
            AtomicOutput.write(out, wb::write);
        }
        return sessions.size();
    }
}
