package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.blinding.Unblinding;
import org.vivarium.io.excel.EntryTemplates;
import org.vivarium.io.excel.MeasurementExport;
import org.vivarium.model.Study;

/** While treatments are coded, entry templates and exports name arms by their codes only; after unblinding by name. */
class CodedTreatmentsTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 6, 9, 0);

    @TempDir
    Path dir;

    private final Study study = ImportFixtures.study(); // arms VEH, KET; FST 24 h (not blinded) with 4 values
    private final AdapterFactoryEditingDomain domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(),
            new BasicCommandStack());

    private List<String> templateArms() throws Exception {
        Path template = dir.resolve("t.xlsx");
        EntryTemplates.write(study, "FST", template);
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet fst = wb.getSheet("FST 24 h");
            assertThat(fst.getRow(9).getCell(3).getStringCellValue()).isEqualTo("Arm");
            List<String> arms = new ArrayList<>();
            for (int r = 10; r <= fst.getLastRowNum(); r++) {
                arms.add(fst.getRow(r).getCell(3).getStringCellValue());
            }
            return arms;
        }
    }

    private List<String> exportedArms(Path csv) throws Exception {
        MeasurementExport.write(study, csv, new NullProgressMonitor());
        return Files.readAllLines(csv).stream().skip(1).map(l -> l.split(",", -1)[4]).toList();
    }

    @Test
    void templatesAndExportsShowArmCodesWhileCodedAndStillImportBack() throws Exception {
        assertThat(templateArms()).containsExactly("VEH", "VEH", "KET", "KET");
        TreatmentCodes.Plan plan = TreatmentCodes.assign(study, 11, null, "jdoe@lab-pc", AT);
        domain.getCommandStack().execute(plan.toCommand(domain));
        String veh = plan.armCodes().get(study.getArms().get(0));
        String ket = plan.armCodes().get(study.getArms().get(1));
        assertThat(templateArms()).containsExactly(veh, veh, ket, ket);
        Path csv = dir.resolve("x.csv");
        assertThat(exportedArms(csv)).containsExactly(veh, veh, ket, ket);
        assertThat(Files.readString(csv)).doesNotContain("VEH").doesNotContain("KET");
        assertThat(Imports.plan(csv, study).summary()).isEqualTo("4 already present, 0 added");

        domain.getCommandStack().execute(Unblinding.command(domain, study, null, "analysis", "pi@lab-pc", AT));
        assertThat(templateArms()).containsExactly("VEH", "VEH", "KET", "KET");
        assertThat(exportedArms(csv)).containsExactly("VEH", "VEH", "KET", "KET");
    }
}
