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
    void arriveAndSummaryInOneCallTheArriveReportNamesTheSeedAndEveryAnimalNoLongerInTheStudy() throws Exception {
        assertThat(CliRun.of("randomise", study.toString(), "--cohort", "1 h", "--seed", "20261206", "--reason",
                "recorded allocation").code()).isZero();
        Path arrive = dir.resolve("arrive.docx");
        Path summary = dir.resolve("summary.pdf");
        CliRun run = CliRun.of("report", study.toString(), "--arrive", arrive.toString(), "--summary",
                summary.toString());
        assertThat(run.err()).isEmpty();
        assertThat(run.code()).isZero();
        assertThat(run.out().lines()).containsExactly("wrote " + arrive + ": ARRIVE report (Word document)",
                run.out().lines().toList().get(1));
        assertThat(run.out().lines().toList().get(1)).matches("wrote " + java.util.regex.Pattern.quote(
                summary.toString()) + ": study report, \\d+ pages");
        String body = wordBody(arrive);
        assertThat(body).contains("20261206", "<w:pStyle w:val=\"Heading1\"/>");
        org.vivarium.model.Study loaded = org.vivarium.core.store.FolderStudyStore.containing(study)
                .read(org.vivarium.core.store.FolderStudyStore.nameOf(study)).study();
        long gone = loaded.getCohorts().stream().flatMap(c -> c.getAnimals().stream())
                .filter(a -> a.getStatus() != org.vivarium.model.AnimalStatus.ACTIVE).peek(a -> assertThat(body)
                        .as("animal " + a.getId() + " no longer in the study").contains(a.getId()))
                .count();
        assertThat(gone).isEqualTo(3);
    }

    @Test
    void aStudyTheArriveReportCannotBeMadeFromWritesNeitherDocument() throws Exception {
        Path empty = dir.resolve("empty.vivarium");
        assertThat(CliRun.of("new", empty.toString(), "--title", "Empty").code()).isZero();
        Path arrive = dir.resolve("arrive.pdf");
        Path summary = dir.resolve("summary.pdf");
        CliRun run = CliRun.of("report", empty.toString(), "--summary", summary.toString(), "--arrive",
                arrive.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().satisfies(l -> assertThat(l).startsWith(empty + ": "));
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
