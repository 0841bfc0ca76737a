package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.cli.ErrorLog;

/**
 * Writing an export or a template fails with one line naming the file and the reason, exit 2, and nothing changed
 * (failures even root cannot get past: a regular file where the folder should be, a folder where the file should be);
 * internal errors name their log, in $HOME/.vivarium/logs.
 */
class OutputFailuresTest {

    @TempDir
    Path dir;

    private Path demo() {
        return CliRun.demo(dir.resolve("d.vivarium"));
    }

    private static void assertOneLine(CliRun run, String line) {
        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo(line + System.lineSeparator());
    }

    @Test
    void anOutputWhoseFolderIsARegularFileIsOneLineWithExitTwo() throws Exception {
        Path study = demo();
        Path file = Files.writeString(dir.resolve("notes.txt"), "keep");
        for (String name : new String[] {"all.csv", "all.xlsx"}) {
            Path out = file.resolve(name);
            assertOneLine(CliRun.of("export", study.toString(), out.toString()), out + ": could not write (" + file
                    + " is a file, not a folder)");
        }
        Path out = file.resolve("sub").resolve("t.xlsx");
        assertOneLine(CliRun.of("template", study.toString(), out.toString()), out
                + ": could not write (Not a directory: " + file.resolve("sub") + ")");
        assertThat(Files.readString(file)).isEqualTo("keep");
    }

    @Test
    void anOutputThatIsAFolderIsOneLineWithExitTwoAndTheFolderIsLeftAsItWas() throws Exception {
        Path study = demo();
        for (String name : new String[] {"all.csv", "t.xlsx"}) {
            Path folder = Files.createDirectories(dir.resolve(name));
            Files.writeString(folder.resolve("inside"), "keep");
            CliRun run = CliRun.of(name.endsWith(".csv") ? "export" : "template", study.toString(), folder.toString());
            assertOneLine(run, folder + ": could not write (it is a folder)");
            assertThat(Files.readString(folder.resolve("inside"))).isEqualTo("keep");
            try (var files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
            }
        }
    }

    @Test
    void logsGoToHomeOrElseUserHomeAndTheLineNamesTheLog() throws Exception {
        assertThat(ErrorLog.folder(null, "/h", "/u")).isEqualTo(Path.of("/h", ".vivarium", "logs"));
        assertThat(ErrorLog.folder(null, "", "/u")).isEqualTo(Path.of("/u", ".vivarium", "logs"));
        assertThat(ErrorLog.folder(null, null, "/u")).isEqualTo(Path.of("/u", ".vivarium", "logs"));
        assertThat(ErrorLog.folder("/l", "/h", "/u")).isEqualTo(Path.of("/l"));
        Path logs = dir.resolve("logs");
        String line = report(logs);
        assertThat(line).startsWith("vivarium: internal error: java.lang.IllegalStateException: boom (details in "
                + logs.toAbsolutePath() + "/vivarium-").endsWith(".log)\n");
        Path log = Path.of(line.substring(line.indexOf("(details in ") + 12, line.length() - 2));
        assertThat(Files.readString(log)).startsWith("vivarium export a b").contains("IllegalStateException: boom")
                .contains("\tat ");
        Path blocked = Files.writeString(dir.resolve("blocked"), "");
        String failed = report(blocked);
        assertThat(failed.lines().findFirst().orElseThrow()).isEqualTo("vivarium: internal error: "
                + "java.lang.IllegalStateException: boom (no log: could not write to " + blocked + ": " + blocked
                + " is a file, not a folder; details follow)");
        assertThat(failed).contains("\tat ");
    }

    private static String report(Path folder) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ErrorLog.report(folder, new String[] {"export", "a", "b"}, new IllegalStateException("boom"),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return err.toString(StandardCharsets.UTF_8);
    }
}
