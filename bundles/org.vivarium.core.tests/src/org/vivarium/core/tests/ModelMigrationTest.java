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

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ModelVersions;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.study.StudySummary;

/**
 * Study files written by the releases of study models 1.0 and 1.1 (fixtures/model-1.0 and model-1.1, kept for good)
 * open with the current model, lose nothing, start an empty audit trail, and are written back in the current version.
 */
class ModelMigrationTest {

    private static final String NEW_NS = "http://vivarium.org/model/" + ModelVersions.CURRENT;

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1" })
    void aStudyOfAnOlderModelOpensWithEverySummaryFigureItHadThenAndAnEmptyTrail(String name) throws Exception {
        Path file = fixture(name + ".vivarium");
        ReadStudy read = new FolderStudyStore(dir).read(file.getFileName().toString());
        assertThat(ModelVersions.versionRead(read.resource())).isEqualTo(version(name));
        assertThat(ModelVersions.migrated(read.resource())).isTrue();
        AuditTrail trail = AuditTrail.of(read.resource());
        assertThat(trail.size()).isZero();
        assertThat(trail.check().intact()).as(trail.check().summary()).isTrue();
        Map<String, String> then = summaryFigures(text(name + ".info.json"));
        Map<String, String> now = summaryFigures(summaryJsonOf(StudySummary.of(read.study())));
        assertThat(then).hasSizeGreaterThan(10);
        assertThat(now).containsAllEntriesOf(then);
    }

    @ParameterizedTest
    @ValueSource(strings = { "demo-1.0", "imported-1.0", "demo-1.1", "imported-1.1" })
    void savingAMigratedStudyWritesTheSameContentInTheCurrentModel(String name) throws Exception {
        String oldNs = "http://vivarium.org/model/" + version(name);
        Path file = fixture(name + ".vivarium");
        Map<String, byte[]> before = entries(file);
        try (OpenStudy open = new FolderStudyStore(dir).open(file.getFileName().toString())) {
            open.save();
        }
        Map<String, byte[]> after = entries(file);
        String oldXmi = new String(before.get("study.xmi"), StandardCharsets.UTF_8);
        String newXmi = new String(after.get("study.xmi"), StandardCharsets.UTF_8);
        assertThat(oldXmi).contains(oldNs);
        assertThat(newXmi).contains(NEW_NS).doesNotContain(oldNs);
        assertThat(newXmi).isEqualTo(oldXmi.replace(oldNs, NEW_NS));
        assertThat(after.get("measurements.bin")).isEqualTo(before.get("measurements.bin"));
        assertThat(before).doesNotContainKey("audit.trail");
        assertThat(after).containsKey("audit.trail");
        ReadStudy again = new FolderStudyStore(dir).read(file.getFileName().toString());
        assertThat(ModelVersions.versionRead(again.resource())).isEqualTo(ModelVersions.CURRENT);
        assertThat(ModelVersions.migrated(again.resource())).isFalse();
        assertThat(AuditTrail.of(again.resource()).check().summary()).isEqualTo("0 entries, chain intact");
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
                map.forEach((k, x) -> json.append('"').append(k).append("\": ")
                        .append(x).append(",\n"));
            }
        }
        return json.toString();
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }
}
