package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code vivarium report}: the study report written and read back, the ARRIVE plumbing, bad input. */
class ReportCommandTest {

    @TempDir
    Path dir;

    private Path study;

    @BeforeEach
    void demo() {
        study = dir.resolve("d.vivarium");
        assertThat(CliRun.of("demo", study.toString()).code()).isZero();
    }

    /** The body of a .docx (the PDF's text is checked in org.vivarium.publish.tests, the bundle owning PDFBox). */
    private static String wordBody(Path docx) throws IOException {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    @Test
    void summaryWritesTheStudyReportAndSaysSo() throws Exception {
        Path out = dir.resolve("report.pdf");
        CliRun run = CliRun.of("report", study.toString(), "--summary", out.toString(), "--paper", "letter");

        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out()).matches("wrote " + java.util.regex.Pattern.quote(out.toString())
                + ": study report, \\d+ pages\\R");
        assertThat(new String(Files.readAllBytes(out), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
    }

    @Test
    void theRandomisationSeedOfARandomisedCopyIsInTheReport() throws Exception {
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "1 h", "--seed", "777123", "--reason",
                "recorded allocation").code()).isZero();
        Path out = dir.resolve("randomised.docx");
        assertThat(CliRun.of("report", study.toString(), "--summary", out.toString()).code()).isZero();
        assertThat(wordBody(out)).contains("<w:t>777123</w:t>", "recorded allocation", "2 Allocation");
    }

    @Test
    void summaryAsWordToo() throws Exception {
        Path out = dir.resolve("report.docx");
        CliRun run = CliRun.of("report", study.toString(), "--summary", out.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("wrote " + out + ": study report (Word document)" + System.lineSeparator());
        assertThat(wordBody(out)).contains("<w:pStyle w:val=\"Heading1\"/>", "<w:t>1 Design</w:t>",
                "<w:t>6 Durability of the effect</w:t>", "<w:drawing>");
    }

    @Test
    void arriveReportsWhatTheArriveBuilderSaysInOneLineAndWritesNothing() {
        Path arrive = dir.resolve("arrive.docx");
        Path summary = dir.resolve("summary.pdf");
        CliRun run = CliRun.of("report", study.toString(), "--arrive", arrive.toString(), "--summary",
                summary.toString());
        if (run.code() == 0) { // the ARRIVE builder is in this build: both files are written
            assertThat(run.out().lines()).hasSize(2);
            assertThat(arrive).exists();
            assertThat(summary).exists();
            return;
        }
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith(study + ": "));
        assertThat(arrive).doesNotExist();
        assertThat(summary).as("all or nothing").doesNotExist();
    }

    @Test
    void badInputIsOneLineExitTwo() {
        CliRun txt = CliRun.of("report", study.toString(), "--summary", dir.resolve("r.txt").toString());
        assertThat(txt.code()).isEqualTo(2);
        assertThat(txt.err()).isEqualTo(dir.resolve("r.txt") + ": a document is written as .pdf or .docx"
                + System.lineSeparator());

        CliRun missing = CliRun.of("report", dir.resolve("none.vivarium").toString(), "--summary",
                dir.resolve("r.pdf").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err().lines()).hasSize(1);
        assertThat(dir.resolve("r.pdf")).doesNotExist();

        CliRun folder = CliRun.of("report", study.toString(), "--summary", dir.resolve("no/such/r.pdf").toString());
        assertThat(folder.code()).isEqualTo(2);
        assertThat(folder.err()).startsWith(dir.resolve("no/such/r.pdf") + ": could not write (");
    }

    @Test
    void usageErrorsExitOne() {
        CliRun unknown = CliRun.of("report", study.toString(), "--summary", "r.pdf", "--colour", "red");
        assertThat(unknown.code()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown option --colour", "usage: vivarium report STUDY");

        CliRun paper = CliRun.of("report", study.toString(), "--summary", "r.pdf", "--paper", "a5");
        assertThat(paper.code()).isEqualTo(1);
        assertThat(paper.err()).contains("--paper must be a4 or letter, not 'a5'");

        CliRun nothing = CliRun.of("report", study.toString());
        assertThat(nothing.code()).isEqualTo(1);
        assertThat(nothing.err()).contains("give --arrive OUT.docx|OUT.pdf, --summary OUT.pdf or both");
    }
}
