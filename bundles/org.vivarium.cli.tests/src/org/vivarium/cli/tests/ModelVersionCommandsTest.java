package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.ModelVersions;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code info} on a study of an older model says which one it was migrated from (text and JSON) and that the next save
 * keeps the old file as .bak; {@code info} reads without writing anything; a file of a newer model is refused.
 */
class ModelVersionCommandsTest {

    @TempDir
    Path dir;

    private Path study(String version) throws Exception {
        Path file = dir.resolve("old-" + version + ".vivarium");
        Files.writeString(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<vivarium:Study xmi:version=\"2.0\" xmlns:xmi=\"http://www.omg.org/XMI\" "
                + "xmlns:vivarium=\"http://vivarium.org/model/" + version + "\" xmi:id=\"s1\" title=\"Old study\">\n"
                + "  <cohorts xmi:id=\"c1\" name=\"C\"><animals xmi:id=\"a1\" id=\"M1\"/></cohorts>\n"
                + "</vivarium:Study>\n");
        return file;
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.0", "1.1", "1.2" })
    void infoSaysWhichModelTheStudyWasMigratedFromAndLeavesTheFileAsItWas(String version) throws Exception {
        Path file = study(version);
        byte[] before = Files.readAllBytes(file);
        String current = ModelVersions.CURRENT;
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out().lines().findFirst().orElseThrow()).isEqualTo("Old study  (" + file + ", study model "
                + current + ", migrated from " + version + "; the next save writes " + current + " and keeps the "
                + version + " file as " + file.getFileName() + ".bak)");
        CliRun json = CliRun.of("info", file.toString(), "--format", "json");
        assertThat(json.code()).as(json.err()).isZero();
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(o.get("migratedFrom").getAsString()).isEqualTo(version);
        assertThat(o.get("fileModelVersion").getAsString()).isEqualTo(version);
        assertThat(o.get("modelVersion").getAsString()).isEqualTo(current);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(dir.resolve(file.getFileName() + ".bak")).doesNotExist();
    }

    @Test
    void infoOfAStudyInTheCurrentModelSaysNothingOfMigration() {
        Path file = dir.resolve("d.vivarium");
        assertThat(CliRun.of("new", file.toString(), "--title", "Fresh").code()).isZero();
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.out().lines().findFirst().orElseThrow()).isEqualTo("Fresh  (" + file + ", study model "
                + ModelVersions.CURRENT + ")");
        JsonObject o = JsonParser.parseString(CliRun.of("info", file.toString(), "--format", "json").out())
                .getAsJsonObject();
        assertThat(o.has("migratedFrom")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "1.9", "2.0" })
    void aFileOfANewerModelIsRefusedNamingTheFileAndBothVersions(String version) throws Exception {
        Path file = study(version);
        CliRun info = CliRun.of("info", file.toString());
        assertThat(info.code()).isEqualTo(2);
        assertThat(info.err()).startsWith(file + ": the study was written by a newer Vivarium (study model " + version
                + "; this Vivarium writes study model " + ModelVersions.CURRENT + " and reads 1.0, 1.1, 1.2")
                .contains("update Vivarium to open it");
    }
}
