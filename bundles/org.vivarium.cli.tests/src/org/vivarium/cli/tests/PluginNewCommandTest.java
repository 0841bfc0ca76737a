package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plugin new ID DIR [--site]}: the project it writes (ID in packages, names and poms; the site in the target
 * file) and its refusals, each naming the argument and leaving nothing behind. That the project builds and passes its
 * tests with Maven is checked by releng/e2e/template.sh.
 */
class PluginNewCommandTest {

    private static final String ID = "org.example.lab.analysis";

    @TempDir
    Path dir;

    private Path site() throws IOException {
        Path site = Files.createDirectories(dir.resolve("vivarium-site"));
        Files.writeString(site.resolve("content.xml"), "<repository/>");
        return site;
    }

    @Test
    void writesAProjectWithTheIdInPackagesNamesAndPoms() throws IOException {
        Path site = site();
        Path project = dir.resolve("lab");
        CliRun run = CliRun.of("plugin", "new", ID, project.toString(), "--site", site.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("wrote " + project + ": analysis plug-in " + ID + " (19 files; example "
                + "analysis " + ID + ".percent-of-control), built against " + site.toUri() + "\n")
                .contains("then install it: vivarium plugin install " + project.resolve("repository/target/repository"));
        assertThat(files(project)).contains(".gitignore", ".mvn/maven.config", "README.md", "pom.xml",
                "vivarium.target", "bundles/" + ID + "/META-INF/MANIFEST.MF", "bundles/" + ID + "/plugin.xml",
                "bundles/" + ID + "/build.properties", "bundles/" + ID + "/pom.xml",
                "bundles/" + ID + "/src/org/example/lab/analysis/PercentOfControl.java",
                "bundles/" + ID + ".tests/src/org/example/lab/analysis/tests/PercentOfControlTest.java",
                "features/" + ID + ".feature/feature.xml", "repository/pom.xml", "repository/category.xml")
                .hasSize(19);
        assertThat(String.join("\n", contents(project))).doesNotContain("@@");
        assertThat(Files.readString(project.resolve("pom.xml"))).contains("<groupId>" + ID + "</groupId>")
                .contains("<module>bundles/" + ID + ".tests</module>").contains("<tycho.version>5.0.2</tycho.version>");
        assertThat(Files.readString(project.resolve("bundles/" + ID + "/META-INF/MANIFEST.MF")))
                .contains("Bundle-SymbolicName: " + ID + ";singleton:=true")
                .contains("Require-Bundle: org.vivarium.analysis;bundle-version=\"[1.0.0,2.0.0)\"");
        assertThat(Files.readString(project.resolve("bundles/" + ID + "/plugin.xml")))
                .contains("id=\"" + ID + ".percent-of-control\"").contains("class=\"" + ID + ".PercentOfControl\"");
        assertThat(Files.readString(project.resolve("bundles/" + ID + ".tests/META-INF/MANIFEST.MF")))
                .contains("Fragment-Host: " + ID + ";").contains("Require-Bundle: org.vivarium.analysis.testing");
        assertThat(Files.readString(project.resolve("vivarium.target")))
                .contains("<repository location=\"" + site.toUri() + "\"/>")
                .contains("org.vivarium.sdk.feature.feature.group").contains("junit-platform-launcher");
    }

    @Test
    void aZipOrAUrlIsTheSiteToo() throws IOException {
        Path zip = Files.writeString(dir.resolve("site.zip"), "zip");
        assertThat(CliRun.of("plugin", "new", ID, dir.resolve("a").toString(), "--site", zip.toString()).code())
                .isZero();
        assertThat(Files.readString(dir.resolve("a/vivarium.target")))
                .contains("<repository location=\"jar:" + zip.toUri() + "!/\"/>");
        String url = "https://example.org/vivarium/1.0/";
        assertThat(CliRun.of("plugin", "new", ID, dir.resolve("b").toString(), "--site", url).code()).isZero();
        assertThat(Files.readString(dir.resolve("b/vivarium.target"))).contains("<repository location=\"" + url
                + "\"/>");
    }

    @Test
    void withoutSiteTheUpdateSiteBuiltInTheSourceTreeIsUsed() throws IOException {
        Path root = dir.resolve("vivarium");
        Path built = Files.createDirectories(root.resolve("releng/org.vivarium.repository/target/repository"));
        Files.writeString(built.resolve("content.jar"), "");
        String before = System.getProperty("vivarium.root");
        System.setProperty("vivarium.root", root.toString());
        try {
            assertThat(CliRun.of("plugin", "new", ID, dir.resolve("lab").toString()).code()).isZero();
            assertThat(Files.readString(dir.resolve("lab/vivarium.target"))).contains("location=\"" + built.toUri());
            Path empty = dir.resolve("nothing-built");
            System.setProperty("vivarium.root", empty.toString());
            CliRun none = CliRun.of("plugin", "new", ID, dir.resolve("lab2").toString());
            assertThat(none.code()).isEqualTo(1);
            assertThat(none.err()).startsWith("vivarium plugin new: no --site given and no update site built at "
                    + empty.resolve("releng/org.vivarium.repository/target/repository") + ": give --site");
            assertThat(dir.resolve("lab2")).doesNotExist();
        } finally {
            if (before == null) {
                System.clearProperty("vivarium.root");
            } else {
                System.setProperty("vivarium.root", before);
            }
        }
    }

    @Test
    void badArgumentsAreRefusedNamingTheArgumentAndNothingIsWritten() throws IOException {
        String site = site().toString();
        Path lab = dir.resolve("lab");
        assertRefused(List.of("org.example-lab.x", lab.toString(), "--site", site), "ID 'org.example-lab.x': "
                + "'example-lab' is not a Java package name part (ASCII letters, digits and _, not starting with a "
                + "digit)");
        assertRefused(List.of("analysis", lab.toString(), "--site", site), "ID 'analysis': needs at least two parts");
        assertRefused(List.of("org.example.new", lab.toString(), "--site", site), "ID 'org.example.new': 'new' is a "
                + "Java keyword");
        assertRefused(List.of("org.vivarium.mine", lab.toString(), "--site", site), "ID 'org.vivarium.mine': "
                + "org.vivarium is Vivarium's own name space");
        assertRefused(List.of(ID, lab.toString(), "--site", dir.resolve("missing").toString()), "--site "
                + dir.resolve("missing") + ": does not exist");
        assertRefused(List.of(ID, lab.toString(), "--site", dir.toString()), "--site " + dir + ": not a p2 "
                + "repository");
        assertThat(lab).doesNotExist();
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        assertRefused(List.of(ID, full.toString(), "--site", site), "DIR " + full + " is not empty");
        assertThat(files(full)).containsExactly("notes.txt");
        CliRun missing = CliRun.of("plugin", "new", ID);
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("vivarium plugin new: missing DIR");
    }

    @Test
    void anEmptyFolderTakesTheProject() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertThat(CliRun.of("plugin", "new", ID, empty.toString(), "--site", site().toString()).code()).isZero();
        assertThat(files(empty)).hasSize(19);
        try (Stream<Path> left = Files.list(dir)) { // no staging folder is left beside it
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("empty", "vivarium-site");
        }
    }

    private static void assertRefused(List<String> args, String message) {
        String[] all = Stream.concat(Stream.of("plugin", "new"), args.stream()).toArray(String[]::new);
        CliRun run = CliRun.of(all);
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.err()).startsWith("vivarium plugin new: " + message)
                .contains("usage: vivarium plugin new ID DIR [--site FOLDER|ZIP|URL]");
        assertThat(run.out()).isEmpty();
    }

    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }

    private static List<String> contents(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.readString(p);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
