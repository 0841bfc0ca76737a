package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportOptions;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.SpreadsheetImport;
import org.vivarium.testing.TestStudies;

class SmokeTest {

    @TempDir
    Path dir;

    @Test
    void readsAWorkbookInsideOsgi() throws Exception {
        Path x = dir.resolve("fst.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(x)) {
            Sheet s = wb.createSheet("FST 24 h");
            Row h = s.createRow(0);
            h.createCell(0).setCellValue("Animal");
            h.createCell(1).setCellValue("Immobility (s)");
            Row r = s.createRow(1);
            r.createCell(0).setCellValue("A1");
            r.createCell(1).setCellValue(150);
            wb.write(out);
        }
        try (SpreadsheetImport in = SpreadsheetImport.open(x)) {
            ImportPlan plan = in.plan(TestStudies.small(), ImportMapping.AUTOMATIC, ImportOptions.DEFAULT,
                    new NullProgressMonitor());
            assertThat(plan.problems()).isEmpty();
            assertThat(plan.summary()).isEqualTo("1 already present, 0 added");
        }
    }
}
