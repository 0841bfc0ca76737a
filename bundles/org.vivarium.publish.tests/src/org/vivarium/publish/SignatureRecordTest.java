package org.vivarium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.Signature.Meaning;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.publish.document.Documents;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.document.PdfTexts;
import org.vivarium.publish.prism.PrismExport;
import org.vivarium.publish.report.StudyReport;

/** Reports and Prism exports of a study from a store that keeps signatures (a lab server) show them with their state. */
class SignatureRecordTest {

    private static final String HASH = "ab".repeat(32);

    @TempDir
    Path dir;

    private static List<Signature> signatures() {
        Instant at = Instant.parse("2026-12-06T10:31:02Z");
        return List.of(new Signature("s1", "session FST 1 h", Meaning.PERFORMED, "Ann Tech", "tech", at, 1, HASH, 2,
                "cd".repeat(32), new Signature.Change(3, "tech_b", Instant.parse("2026-12-06T11:00:00Z"))),
                new Signature(null, "study KET-BCI-DEMO", Meaning.APPROVED, "Prof. Pat Boss", "boss", at
                        .plusSeconds(60), 3, HASH, 4, null, null));
    }

    @Test
    void theStudyReportsRecordSectionListsTheSignaturesWithTheirState() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.create("demo.vivarium", DemoStudy.generate(42, LocalDate.of(2026, 12, 6)))) {
            Path plain = dir.resolve("plain.pdf");
            Documents.write(StudyReport.build(open.study(), new NullProgressMonitor()), plain, PageSize.A4);
            assertThat(PdfTexts.text(plain)).doesNotContain("Electronic signature");

            StudySignatures.attach(open.resource(), signatures());
            Path pdf = dir.resolve("signed.pdf");
            Documents.write(StudyReport.build(open.study(), new NullProgressMonitor()), pdf, PageSize.A4);
            String text = PdfTexts.text(pdf).replaceAll("\\s+", " ");
            assertThat(text.substring(text.lastIndexOf("Record"))).contains("Electronic signatures (2;",
                    "session FST 1 h: performed by Ann Tech (tech) at 2026-12-06 10:31:02 UTC, entry 2, record hash "
                            + "abababababab...; INVALIDATED by entry 3 by tech_b at 2026-12-06 11:00:00 UTC",
                    "study KET-BCI-DEMO: approved by Prof. Pat Boss (boss) at 2026-12-06 10:32:02 UTC, entry 4, "
                            + "record hash abababababab...; valid");

            Path pzfx = dir.resolve("demo.pzfx");
            PrismExport.write(open.study(), pzfx, null, null, new NullProgressMonitor());
            assertThat(Files.readString(pzfx)).contains("Electronic signature: study KET-BCI-DEMO: approved by Prof. "
                    + "Pat Boss (boss) at 2026-12-06 10:32:02 UTC");

            StudySignatures.attach(open.resource(), List.of());
            Path none = dir.resolve("none.pdf");
            Documents.write(StudyReport.build(open.study(), new NullProgressMonitor()), none, PageSize.A4);
            assertThat(PdfTexts.text(none)).contains("Electronic signatures: none.");
        }
    }
}
