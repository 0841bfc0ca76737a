package org.vivarium.publish.prism;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.blinding.Coding;
import org.vivarium.core.blinding.TreatmentCodes;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AnimalStatus;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;
import org.vivarium.publish.PublishException;

/**
 * The .pzfx file read back the way the pzfx readers read it: every table is where TableSequence says, grouped tables
 * have a row per time since dose and as many subcolumns as replicates, and every column holds exactly the study's
 * measurements of its arm (count, sum, excluded ones marked).
 */
class PrismExportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    /** The study's values of an arm (and a time, or null), as the export should mark them. */
    private static List<PzfxReader.Value> expected(AssayDefinition assay, MeasureDefinition measure,
            TreatmentArm arm, Double hours, AssaySession only) {
        List<PzfxReader.Value> values = new ArrayList<>();
        for (AssaySession s : assay.getSessions()) {
            if (only != null && s != only || hours != null && s.getTimeFromDoseHours() != hours) {
                continue;
            }
            for (Measurement m : s.getMeasurements()) {
                List<org.vivarium.model.Animal> animals = m.getAnimal() != null ? List.of(m.getAnimal())
                        : m.getCage().getAnimals();
                if (m.getMeasure() == measure && animals.stream().allMatch(a -> a.getArm() == arm)) {
                    boolean excluded = m.isExcluded() || m.getAnimal() != null && m.getAnimal()
                            .getStatus() != AnimalStatus.ACTIVE;
                    values.add(new PzfxReader.Value(m.getValue(), excluded));
                }
            }
        }
        return values;
    }

    private static void assertSame(List<PzfxReader.Value> actual, List<PzfxReader.Value> expected, String where) {
        List<PzfxReader.Value> present = actual.stream().filter(v -> v.number() != null).toList();
        assertThat(present).as(where + " count").hasSameSizeAs(expected);
        assertThat(present.stream().mapToDouble(PzfxReader.Value::number).sum()).as(where + " sum").isCloseTo(
                expected.stream().mapToDouble(PzfxReader.Value::number).sum(), org.assertj.core.data.Offset.offset(
                        1e-9));
        assertThat(present.stream().filter(PzfxReader.Value::excluded).count()).as(where + " excluded").isEqualTo(
                expected.stream().filter(PzfxReader.Value::excluded).count());
        assertThat(present).as(where).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyValueOfTheDemoIsInItsArmsColumnWithExclusionsMarked() throws Exception {
        Study demo = DemoStudy.generate(42, TODAY);
        Path out = dir.resolve("demo.pzfx");
        PrismExport.Result r = PrismExport.write(demo, out, null, null, new NullProgressMonitor());
        Files.createDirectories(Path.of("target", "print-samples"));
        Files.copy(out, Path.of("target", "print-samples", "demo.pzfx"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        List<PzfxReader.Table> tables = PzfxReader.tables(PzfxReader.parse(out));
        assertThat(tables).hasSize(r.tables());
        int measures = 0;
        int excluded = 0;
        int t = 0;
        for (AssayDefinition assay : demo.getAssays()) {
            for (MeasureDefinition m : assay.getMeasures()) {
                if (assay.getSessions().stream().flatMap(s -> s.getMeasurements().stream()).noneMatch(x -> x
                        .getMeasure() == m)) {
                    continue;
                }
                measures++;
                PzfxReader.Table grouped = tables.get(t++);
                assertThat(grouped.title()).isEqualTo(PrismTables.title(assay, m) + " by time since dose");
                assertThat(grouped.tableType()).isEqualTo("TwoWay");
                assertThat(grouped.xFormat()).isEqualTo("none");
                assertThat(grouped.yFormat()).isEqualTo("replicates");
                List<Double> hours = assay.getSessions().stream().filter(s -> s.getMeasurements().stream().anyMatch(
                        x -> x.getMeasure() == m)).map(AssaySession::getTimeFromDoseHours).distinct().sorted()
                        .toList();
                assertThat(grouped.rowTitles()).containsExactlyElementsOf(hours.stream().map(Time::sinceDose)
                        .toList());
                assertThat(grouped.columns()).extracting(PzfxReader.Column::title).containsExactly("VEH+VEH",
                        "KET+VEH", "VEH+BCI", "KET+BCI");
                for (int c = 0; c < demo.getArms().size(); c++) {
                    PzfxReader.Column column = grouped.columns().get(c);
                    assertThat(column.subcolumns()).hasSize(grouped.replicates()).hasSize(column
                            .declaredSubcolumns());
                    for (int row = 0; row < hours.size(); row++) {
                        List<PzfxReader.Value> cells = new ArrayList<>();
                        for (List<PzfxReader.Value> sub : column.subcolumns()) {
                            assertThat(sub).hasSize(hours.size());
                            cells.add(sub.get(row));
                        }
                        List<PzfxReader.Value> want = expected(assay, m, demo.getArms().get(c), hours.get(row), null);
                        assertSame(cells, want, grouped.title() + ", " + column.title() + ", " + grouped.rowTitles()
                                .get(row));
                        excluded += (int) want.stream().filter(PzfxReader.Value::excluded).count();
                    }
                }
                for (AssaySession s : assay.getSessions()) {
                    if (s.getMeasurements().stream().noneMatch(x -> x.getMeasure() == m)) {
                        continue;
                    }
                    PzfxReader.Table column = tables.get(t++);
                    assertThat(column.title()).startsWith(s.getName());
                    assertThat(column.tableType()).isEqualTo("OneWay");
                    assertThat(column.rowTitles()).isEmpty();
                    for (int c = 0; c < demo.getArms().size(); c++) {
                        assertThat(column.columns().get(c).subcolumns()).hasSize(1);
                        assertSame(column.columns().get(c).subcolumns().get(0), expected(assay, m, demo.getArms()
                                .get(c), null, s), column.title() + ", " + column.columns().get(c).title());
                    }
                }
            }
        }
        assertThat(t).isEqualTo(tables.size());
        assertThat(measures).isEqualTo(r.measures()).isGreaterThanOrEqualTo(7);
        assertThat(excluded).as("the protocol deviation and the animals that left").isGreaterThan(1);
    }

    @Test
    void codedTreatmentsNameColumnsByLetterInLetterOrder() throws Exception {
        Study demo = DemoStudy.generate(42, TODAY);
        BasicCommandStack stack = new BasicCommandStack();
        stack.execute(TreatmentCodes.assign(demo, 5, "test", "tech", TODAY.atTime(7, 0)).toCommand(
                new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack)));
        Path out = dir.resolve("coded.pzfx");
        PrismExport.write(demo, out, "FST", "immobility", new NullProgressMonitor());
        String xml = Files.readString(out);
        xml = xml.substring(xml.indexOf("<TableSequence")); // the tables; the info holds the study's own title
        for (TreatmentArm arm : demo.getArms()) {
            assertThat(xml).doesNotContain(arm.getCode()).doesNotContain(arm.getLabel());
        }
        List<PzfxReader.Table> tables = PzfxReader.tables(PzfxReader.parse(out));
        assertThat(tables.get(0).columns()).extracting(PzfxReader.Column::title).containsExactly("A", "B", "C", "D");
        AssayDefinition fst = Studies.findAssay(demo, "FST");
        MeasureDefinition immobility = fst.getMeasures().get(0);
        for (PzfxReader.Column column : tables.get(0).columns()) {
            TreatmentArm arm = demo.getArms().stream().filter(a -> Objects.equals(Coding.armLabel(a, false), column
                    .title())).findFirst().orElseThrow();
            List<PzfxReader.Value> all = column.subcolumns().stream().flatMap(List::stream).toList();
            assertSame(all, expected(fst, immobility, arm, null, null), column.title());
        }
        assertThat(tables).hasSize(1 + (int) fst.getSessions().stream().filter(s -> !s.getMeasurements().isEmpty())
                .count());
    }

    @Test
    void unknownAssaysAndMeasuresAreNamedWithTheValidOnes() {
        Study demo = DemoStudy.generate(42, TODAY);
        Path out = dir.resolve("x.pzfx");
        assertThatThrownBy(() -> PrismExport.write(demo, out, "EPM2", null, new NullProgressMonitor()))
                .isInstanceOf(PublishException.class).hasMessageStartingWith("the study has no assay 'EPM2' (assays: ")
                .hasMessageContaining("FST, ");
        assertThatThrownBy(() -> PrismExport.write(demo, out, "FST", "swimming", new NullProgressMonitor()))
                .isInstanceOf(PublishException.class).hasMessage(
                        "assay FST has no measure 'swimming' (measures: immobility, latency)");
        assertThatThrownBy(() -> PrismExport.write(demo, out, "EPM", null, new NullProgressMonitor()))
                .isInstanceOf(PublishException.class).hasMessage("nothing to export: assay EPM has no measurements");
        assertThat(Files.exists(out)).isFalse();
    }
}
