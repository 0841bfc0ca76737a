package org.vivarium.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.audit.AuditRecorder;
import org.vivarium.core.audit.AuditScope;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Measurement;
import org.vivarium.model.Study;
import org.vivarium.model.support.StudyResource;
import org.vivarium.publish.arrive.ArriveReport;
import org.vivarium.publish.document.Documents;
import org.vivarium.publish.document.PageSize;
import org.vivarium.publish.document.PdfTexts;
import org.vivarium.publish.prism.PrismExport;
import org.vivarium.publish.print.PrintDocument;
import org.vivarium.publish.print.Printing;
import org.vivarium.publish.report.StudyReport;

/** The reports end with the audit trail they were made from: its state and the last hash of the study file. */
class TrailRecordTest {

    private static final String FILE = "demo.vivarium";
    private static final String STAMP = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC";

    @TempDir
    Path dir;

    @Test
    void theStudyReportGivesTheLastHashOfTheStudyFileAndANewOneAfterAnEdit() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.create(FILE, DemoStudy.generate(42, LocalDate.of(2026, 12, 6)))) {
            String first = fileHash(store);
            String text = pdfText(open.study(), "first.pdf");
            assertThat(text).contains("7 Record", "Audit trail: 1 entry, chain intact; last entry #1 at ",
                    " by " + AuditTrail.of(open.resource()).user().name() + " (not authenticated); last hash " + first)
                    .containsPattern("last entry #1 at " + STAMP + " by ");
            assertThat(first).hasSize(64).isEqualTo(AuditTrail.of(open.resource()).lastHash());

            edit(open, "video re-scored by a second observer");
            assertThat(TrailRecord.line(open.study())).endsWith("(includes changes not saved yet)");
            open.save();
            String second = fileHash(store);
            assertThat(second).isNotEqualTo(first);
            assertThat(pdfText(open.study(), "second.pdf")).contains("Audit trail: 2 entries, chain intact; last "
                    + "entry #2 at ", "last hash " + second).doesNotContain(first);
        }
    }

    @Test
    void theArriveReportEndsWithTheRecordInPdfAndWord() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.create(FILE, DemoStudy.generate(42, LocalDate.of(2026, 12, 6)))) {
            edit(open, "decimal point misplaced on entry");
            open.save();
            String hash = fileHash(store);
            var report = ArriveReport.build(open.study(), new NullProgressMonitor());
            Path pdf = dir.resolve("arrive.pdf");
            Documents.write(report, pdf, PageSize.A4);
            String text = PdfTexts.text(pdf);
            assertThat(text.substring(text.lastIndexOf("Record"))).contains("Audit trail: 2 entries, chain intact; "
                    + "last entry #2 at ", "last hash " + hash);
            Path docx = dir.resolve("arrive.docx");
            Documents.write(report, docx, PageSize.A4);
            assertThat(wordBody(docx)).contains(">Record<", "last hash " + hash);
        }
    }

    @Test
    void prismNotesAndSheetFootersCarryTheShortHash() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        try (OpenStudy open = store.create(FILE, DemoStudy.generate(42, LocalDate.of(2026, 12, 6)))) {
            String hash = fileHash(store).substring(0, TrailRecord.SHORT_HASH);
            Path pzfx = dir.resolve("demo.pzfx");
            PrismExport.write(open.study(), pzfx, null, null, new NullProgressMonitor());
            assertThat(Files.readString(pzfx)).contains("Audit trail: 1 entry, last hash " + hash + ".");
            Path sheets = dir.resolve("dosing.pdf");
            Printing.write(open.study(), PrintDocument.DOSING_SHEETS, sheets, null, PageSize.A4,
                    new NullProgressMonitor());
            assertThat(PdfTexts.text(sheets)).contains("by Vivarium · audit trail " + hash);
        }
    }

    @Test
    void aBrokenTrailIsNamedAndAStudyWithoutAStoreHasNoTrail() throws Exception {
        FolderStudyStore store = new FolderStudyStore(dir);
        store.create(FILE, DemoStudy.generate(42, LocalDate.of(2026, 12, 6))).close();
        Path file = store.pathOf(FILE);
        Path cut = dir.resolve("cut.vivarium");
        withoutTrail(file, cut);
        Study broken = (Study) store.read("cut.vivarium").resource().getContents().get(0);
        assertThat(TrailRecord.line(broken)).startsWith("Audit trail: 0 entries, CHAIN BROKEN: the audit trail is "
                + "missing from the study file; last hash ");
        assertThat(TrailRecord.shortHash(broken)).hasSize(12);

        Study loose = DemoStudy.generate(42, LocalDate.of(2026, 12, 6));
        assertThat(TrailRecord.line(loose)).isEqualTo("Audit trail: not available (study not from a store)");
        assertThat(TrailRecord.shortHash(loose)).isNull();
    }

    /** One measurement's value changed with a reason, as a command records it. */
    private static void edit(OpenStudy open, String reason) {
        Measurement m = Studies.sessions(open.study()).stream().flatMap(s -> s.getMeasurements().stream())
                .findFirst().orElseThrow();
        try (AuditScope scope = AuditRecorder.of(open.resource()).begin("Set value")) {
            scope.watch(m);
            m.setValue(m.getValue() + 1);
            scope.finish(reason);
        }
    }

    /** The last hash of the trail in the study file as saved. */
    private static String fileHash(FolderStudyStore store) throws Exception {
        return AuditTrail.of(store.read(FILE).resource()).lastHash();
    }

    private String pdfText(Study study, String name) throws Exception {
        Path pdf = dir.resolve(name);
        Documents.write(StudyReport.build(study, new NullProgressMonitor()), pdf, PageSize.A4);
        return PdfTexts.text(pdf);
    }

    private static String wordBody(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    /** A copy of a study file without its audit trail entry. */
    private static void withoutTrail(Path from, Path to) throws Exception {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
                OutputStream raw = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(raw)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (!e.getName().equals(StudyResource.TRAIL_ENTRY)) {
                    out.putNextEntry(new ZipEntry(e.getName()));
                    in.transferTo(out);
                    out.closeEntry();
                }
            }
        }
    }
}
