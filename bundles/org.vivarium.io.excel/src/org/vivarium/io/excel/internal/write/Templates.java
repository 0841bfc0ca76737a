package org.vivarium.io.excel.internal.write;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/** Builds the sheets of an entry template in one workbook (sharing its cell styles). */
public final class Templates {

    private final XSSFWorkbook workbook;
    private final Study study;
    private final TemplateStyles styles;

    public Templates(XSSFWorkbook workbook, Study study) {
        this.workbook = workbook;
        this.study = study;
        this.styles = new TemplateStyles(workbook);
    }

    /** Adds the entry sheet of a session; returns its number of entry rows. */
    public int sheet(AssaySession session, String name) {
        return new TemplateSheet(study, session, workbook.createSheet(name), styles).write();
    }
}
