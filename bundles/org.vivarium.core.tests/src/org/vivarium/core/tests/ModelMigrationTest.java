package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.StudySummary;
import org.vivarium.model.Compound;
import org.vivarium.model.DoseRegimen;
import org.vivarium.model.DosingEvent;

/**
 * Study files written by the releases of every older study model (fixtures/model-1.0, 1.1 and 1.2, kept for good)
 * open with the current model and lose nothing, field by field: the old study.xmi, read as plain XML, and the old
 * measurements.bin, decoded on their own, are compared with the migrated study (every object by its xmi:id, every
 * attribute value, every reference, every measurement) - once as loaded and again after saving it in the current
 * version and reading it back. Features the newer models added keep their defaults. A 1.2 file's audit trail stays
 * intact with the same entries and head; older files start an empty one.
 */
class ModelMigrationTest {

    private static final String NEW_NS = "http://vivarium.org/model/" + ModelVersions.CURRENT;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1", "demo-1.2", "imported-1.2" })
    void everyObjectValueReferenceAndMeasurementOfTheOldFileIsInTheMigratedStudy(String name) throws Exception {
        Path file = fixture(name + ".vivarium");
        Map<String, byte[]> old = entries(file);
        ReadStudy read = new FolderStudyStore(dir).read(file.getFileName().toString());
        assertThat(ModelVersions.versionRead(read.resource())).isEqualTo(version(name));
        assertThat(ModelVersions.migrated(read.resource())).isTrue();
        assertThat(ModelVersions.migratedFrom(read.resource())).isEqualTo(version(name));
        assertHoldsEverything(read, old);
        assertNewFeaturesHaveTheirDefaults(read);
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1", "demo-1.2", "imported-1.2" })
    void savedInTheCurrentVersionAndReadAgainTheStudyStillHoldsEverythingTheOldFileHeld(String name)
            throws Exception {
        String oldNs = "http://vivarium.org/model/" + version(name);
        Path file = fixture(name + ".vivarium");
        Map<String, byte[]> old = entries(file);
        try (OpenStudy open = new FolderStudyStore(dir).open(file.getFileName().toString())) {
            open.save();
        }
        Map<String, byte[]> saved = entries(file);
        String oldXmi = new String(old.get("study.xmi"), StandardCharsets.UTF_8);
        String newXmi = new String(saved.get("study.xmi"), StandardCharsets.UTF_8);
        assertThat(oldXmi).contains(oldNs);
        assertThat(newXmi).contains(NEW_NS).doesNotContain(oldNs);
        assertThat(saved.get("measurements.bin")).isEqualTo(old.get("measurements.bin"));
        ReadStudy again = new FolderStudyStore(dir).read(file.getFileName().toString());
        assertThat(ModelVersions.versionRead(again.resource())).isEqualTo(ModelVersions.CURRENT);
        assertThat(ModelVersions.migratedFrom(again.resource())).isNull();
        assertHoldsEverything(again, old);
        assertNewFeaturesHaveTheirDefaults(again);
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1", "demo-1.2", "imported-1.2" })
    void aStudyOfAnOlderModelHasEverySummaryFigureItHadThen(String name) throws Exception {
        ReadStudy read = new FolderStudyStore(dir).read(fixture(name + ".vivarium").getFileName().toString());
        String info = text(name + ".info.json");
        Map<String, String> then = summaryFigures(info);
        String entries = then.remove("auditEntries"); // the 1.2 command line printed its trail's length and head
        if (entries != null) {
            AuditTrail trail = AuditTrail.of(read.resource());
            assertThat(trail.size()).isEqualTo(Long.parseLong(entries));
            assertThat(info).contains("\"auditLastHash\": \"" + trail.lastHash() + "\"");
        }
        Map<String, String> now = summaryFigures(summaryJsonOf(StudySummary.of(read.study())));
        assertThat(then).hasSizeGreaterThan(10);
        assertThat(now).containsAllEntriesOf(then);
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1" })
    void aStudyWrittenBeforeAuditTrailsStartsAnEmptyOneThatSavingKeepsIntact(String name) throws Exception {
        Path file = fixture(name + ".vivarium");
        assertThat(entries(file)).doesNotContainKey("audit.trail");
        try (OpenStudy open = new FolderStudyStore(dir).open(file.getFileName().toString())) {
            AuditTrail trail = AuditTrail.of(open.resource());
            assertThat(trail.size()).isZero();
            assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
            open.save();
        }
        assertThat(entries(file)).containsKey("audit.trail");
        ReadStudy again = new FolderStudyStore(dir).read(file.getFileName().toString());
        assertThat(AuditTrail.of(again.resource()).check().summary()).isEqualTo("0 entries, chain intact");
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.2", "imported-1.2" })
    void aTrailOfModel12KeepsItsEntriesChainAndHeadWhenMigratedAndSaved(String name) throws Exception {
        Path file = fixture(name + ".vivarium");
        Map<String, byte[]> old = entries(file);
        String seal = new String(old.get("audit.seal"), StandardCharsets.UTF_8);
        long count = Long.parseLong(match("\"entries\":(\\d+)", seal));
        String head = match("\"last\":\"([0-9a-f]{64})\"", seal);
        assertThat(count).isPositive();
        try (OpenStudy open = new FolderStudyStore(dir).open(file.getFileName().toString())) {
            assertTrail(AuditTrail.of(open.resource()), count, head);
            open.save();
            assertTrail(AuditTrail.of(open.resource()), count, head);
        }
        Map<String, byte[]> saved = entries(file);
        assertThat(saved.get("audit.trail")).as("the stored entries are written as they were")
                .isEqualTo(old.get("audit.trail"));
        ReadStudy again = new FolderStudyStore(dir).read(file.getFileName().toString());
        assertTrail(AuditTrail.of(again.resource()), count, head);
    }

    private static void assertTrail(AuditTrail trail, long count, String head) {
        assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
        assertThat(trail.size()).isEqualTo(count);
        assertThat(trail.entries()).hasSize((int) count);
        assertThat(trail.lastHash()).isEqualTo(head);
        assertThat(trail.check().lastHash()).isEqualTo(head);
    }

    /** The study holds every object, value, reference and measurement of the old file, and nothing else. */
    private static void assertHoldsEverything(ReadStudy read, Map<String, byte[]> old) throws Exception {
        XMLResource resource = (XMLResource) read.resource();
        OldXmiCheck.Result xmi = OldXmiCheck.compare(old.get("study.xmi"), resource);
        assertThat(xmi.differences()).as("differences from the old study.xmi").isEmpty();
        assertThat(xmi.objects()).isGreaterThan(20);
        assertThat(xmi.values()).isGreaterThan(xmi.objects());
        assertThat(xmi.references()).isPositive();
        OldTableCheck.Result table = OldTableCheck.compare(old.get("measurements.bin"), resource);
        assertThat(table.differences()).as("differences from the old measurements.bin").isEmpty();
        assertThat(table.rows()).isPositive();
    }

    /** Repeated regimens, dosing windows, cumulative limits and the stock log (model 1.3): none in an older file. */
    private static void assertNewFeaturesHaveTheirDefaults(ReadStudy read) {
        assertThat(read.study().getStocks()).isEmpty();
        for (var it = read.study().eAllContents(); it.hasNext();) {
            EObject o = it.next();
            if (o instanceof DoseRegimen r) {
                assertThat(r.getEveryHours()).as("a single dose").isZero();
                assertThat(r.getDoses()).isZero();
                assertThat(r.getUntil()).isNull();
                assertThat(r.getDays()).isEmpty();
                assertThat(r.getTimesOfDay()).isEmpty();
                assertThat(r.getWindowMinutes()).as("the default window").isEqualTo(30.0);
            } else if (o instanceof DosingEvent d) {
                assertThat(d.getWindowReason()).isNull();
                assertThat(d.getStock()).isNull();
            } else if (o instanceof Compound c) {
                assertThat(c.getCumulativeLimitMgPerKg()).isZero();
            }
        }
    }

    /** "demo-1.1" was written by model 1.1. */
    private static String version(String name) {
        return name.substring(name.lastIndexOf('-') + 1).replace(".vivarium", "").replace(".info.json", "");
    }

    private Path fixture(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/fixtures/model-" + version(name) + "/" + name)) {
            assertThat(in).as("fixture " + name).isNotNull();
            Files.copy(in, file);
        }
        return file;
    }

    private String text(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/fixtures/model-" + version(name) + "/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String match(String regex, String text) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertThat(m.find()).as(regex + " in " + text).isTrue();
        return m.group(1);
    }

    /** The numeric figures of a summary's JSON ("animals": 480, ...), by name. */
    private static Map<String, String> summaryFigures(String json) {
        Map<String, String> figures = new LinkedHashMap<>();
        Matcher m = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\\d+)").matcher(json);
        while (m.find()) {
            figures.put(m.group(1), m.group(2));
        }
        return figures;
    }

    /** The summary's figures written as the 1.0 command line wrote them (fields and map entries as JSON members). */
    private static String summaryJsonOf(StudySummary s) throws ReflectiveOperationException {
        StringBuilder json = new StringBuilder();
        for (var c : StudySummary.class.getRecordComponents()) {
            Object v = c.getAccessor().invoke(s);
            if (v instanceof Number) {
                json.append('"').append(c.getName()).append("\": ").append(v).append(",\n");
            } else if (v instanceof Map<?, ?> map) {
                map.forEach((k, x) -> json.append('"').append(k).append("\": ").append(x).append(",\n"));
            }
        }
        return json.toString();
    }

    static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
