package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;
import org.vivarium.testing.TestStudies;

/**
 * {@code sign} and {@code signatures} against a real PostgreSQL started by {@code lab start}. The signature's password
 * is the only one {@code sign} reads (one line of stdin here; the console in a terminal); the other commands read the
 * connection's password from stdin as in {@link LabCommandsTest}.
 */
class SignCommandsTest {

    private static final String TIME = "\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC";
    private static Path serverDir;
    private static String url;
    private static String password;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        serverDir = Files.createTempDirectory("vivarium-cli-sign");
        CliRun run = CliRun.of("lab", "start", serverDir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        url = lines.get(lines.size() - 1);
        password = Files.readString(serverDir.resolve("password")).strip();
        assertThat(withStdin(password, "lab", "init", url).code()).isZero();
        for (String[] user : new String[][] { { "tech9", "technician" }, { "boss9", "pi" } }) {
            CliRun add = withStdin(password + "\n" + user[0] + "-pw", "lab", "user", "add", url, user[0], "--role",
                    user[1]);
            assertThat(add.code()).as(add.err()).isZero();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (serverDir != null) {
            CliRun.of("lab", "stop", serverDir.toString());
            new ProcessBuilder("rm", "-rf", serverDir.toString()).start().waitFor();
        }
    }

    @Test
    void signListInvalidateApproveAndLock() throws Exception {
        Path study = study(tmp.resolve("signed.vivarium"));
        CliRun push = withStdin(password, "lab", "push", url, study.toString());
        assertThat(push.code()).as(push.err()).isZero();
        String lab = "lab:" + push.out().lines().reduce((a, b) -> b).orElseThrow();
        String tech = url.replace("postgres@", "tech9@");
        String boss = url.replace("postgres@", "boss9@");

        CliRun none = withStdin(password, "signatures", lab, "--lab", url);
        assertThat(none.code()).as(none.err()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.err()).isEqualTo(lab + " has no signatures\n");

        CliRun wrong = withStdin("not-it", "sign", lab, "--session", "FST 24 h", "--meaning", "performed", "--name",
                "Ann Tech", "--lab", tech);
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).matches(lab + ": signature refused: wrong password for tech9 at 127\\.0\\.0\\.1:\\d+\n");
        CliRun open = withStdin("tech9-pw", "sign", lab, "--session", "NSF 48 h", "--meaning", "performed", "--name",
                "Ann Tech", "--lab", tech);
        assertThat(open.code()).isEqualTo(2);
        assertThat(open.err()).isEqualTo(lab + ": signature refused: session NSF 48 h is not completed: mark it done "
                + "before signing it\n");
        CliRun role = withStdin("tech9-pw", "sign", lab, "--session", "FST 24 h", "--meaning", "reviewed", "--name",
                "Ann Tech", "--lab", tech);
        assertThat(role.code()).isEqualTo(2);
        assertThat(role.err()).isEqualTo(lab + ": signature refused: tech9 may not sign as \"reviewed by\" "
                + "(scientists and PIs do)\n");

        CliRun performed = withStdin("tech9-pw", "sign", lab, "--session", "FST 24 h", "--meaning", "performed",
                "--name", "Ann Tech", "--lab", tech);
        assertThat(performed.code()).as(performed.err()).isZero();
        assertThat(performed.out()).matches("signed session FST 24 h of " + lab + ": performed by Ann Tech \\(tech9\\) "
                + "at " + TIME + ", audit entry 2; record signed: entry 1, hash [0-9a-f]{64}\n");
        CliRun listed = withStdin(password, "signatures", lab, "--lab", url);
        assertThat(listed.out()).matches("session FST 24 h\tperformed by Ann Tech \\(tech9\\)\t" + TIME
                + "\tentry 2, record 1 [0-9a-f]{12}\tvalid\n");

        Path sheet = tmp.resolve("late.csv");
        Files.writeString(sheet, "Animal,Session,Measure,Value\nA2,FST 24 h,immobility,101\n");
        CliRun changed = withStdin("tech9-pw", "import", lab, sheet.toString(), "--reason", "re-scored", "--lab",
                tech);
        assertThat(changed.code()).as(changed.out() + changed.err()).isZero();
        CliRun invalidated = withStdin(password, "signatures", lab, "--lab", url);
        assertThat(invalidated.out()).matches("session FST 24 h\tperformed by Ann Tech \\(tech9\\)\t" + TIME
                + "\tentry 2, record 1 [0-9a-f]{12}\tINVALIDATED by entry 3 by tech9 at " + TIME + "\n");
        CliRun info = withStdin(password, "info", lab, "--lab", url);
        assertThat(info.out()).contains("signatures    1   (0 valid, 1 invalidated)\n  session FST 24 h: performed by "
                + "Ann Tech (tech9) at ");

        CliRun approved = withStdin("boss9-pw", "sign", lab, "--study", "--meaning", "approved", "--name",
                "Prof. Pat Boss", "--lab", boss);
        assertThat(approved.code()).as(approved.err()).isZero();
        assertThat(approved.out()).endsWith(lab + " is locked: the server refuses any further change\n");
        Files.writeString(sheet, "Animal,Session,Measure,Value\nB2,FST 24 h,immobility,102\n");
        CliRun locked = withStdin("tech9-pw", "import", lab, sheet.toString(), "--reason", "late", "--lab", tech);
        assertThat(locked.code()).isEqualTo(2);
        assertThat(locked.out() + locked.err()).containsPattern("the study was approved by Prof\\. Pat Boss \\(boss9\\)"
                + " at " + TIME + " and is locked: no further changes are accepted");

        CliRun audit = withStdin(password, "audit", lab, "--lab", url);
        assertThat(audit.out()).contains("Sign session FST 24 h: performed by Ann Tech").contains(
                "Sign study TEST-1: approved by Prof. Pat Boss");
        CliRun verify = withStdin(password, "audit", lab, "--verify", "--lab", url);
        assertThat(verify.out()).isEqualTo("4 entries, chain intact\n");

        Path docx = tmp.resolve("arrive.docx");
        CliRun report = withStdin(password, "report", lab, "--arrive", docx.toString(), "--lab", url);
        assertThat(report.code()).as(report.err()).isZero();
        assertThat(wordBody(docx)).contains("Electronic signatures (2;").contains("session FST 24 h: performed by "
                + "Ann Tech (tech9)").contains("study TEST-1: approved by Prof. Pat Boss (boss9)");
        Path pzfx = tmp.resolve("fst.pzfx");
        CliRun prism = withStdin(password, "export", lab, pzfx.toString(), "--assay", "FST", "--lab", url);
        assertThat(prism.code()).as(prism.err()).isZero();
        assertThat(Files.readString(pzfx)).contains("Electronic signature: study TEST-1: approved by Prof. "
                + "Pat Boss (boss9)");
    }

    @Test
    void badSignCommandLinesAreUsageErrors() throws Exception {
        Path file = CliRun.demo(tmp.resolve("file.vivarium"));
        CliRun notLab = CliRun.of("sign", file.toString(), "--study", "--meaning", "approved", "--name", "X");
        assertThat(notLab.code()).isEqualTo(1);
        assertThat(notLab.err()).startsWith("vivarium sign: only lab studies are signed (lab:ID");
        CliRun both = CliRun.of("sign", "lab:1", "--study", "--session", "FST 24 h", "--meaning", "approved",
                "--name", "X", "--lab", url);
        assertThat(both.code()).isEqualTo(1);
        assertThat(both.err()).startsWith("vivarium sign: give --session NAME (a session) or --study");
        CliRun meaning = CliRun.of("sign", "lab:1", "--study", "--meaning", "ok", "--name", "X", "--lab", url);
        assertThat(meaning.code()).isEqualTo(1);
        assertThat(meaning.err()).startsWith("vivarium sign: --meaning must be performed, reviewed or approved, "
                + "not 'ok'");
        CliRun sessionApproved = CliRun.of("sign", "lab:1", "--session", "FST 24 h", "--meaning", "approved",
                "--name", "X", "--lab", url);
        assertThat(sessionApproved.code()).isEqualTo(1);
        CliRun noName = CliRun.of("sign", "lab:1", "--study", "--meaning", "approved", "--lab", url);
        assertThat(noName.code()).isEqualTo(1);
        assertThat(noName.err()).startsWith("vivarium sign: missing --name");
        CliRun fileSignatures = CliRun.of("signatures", file.toString());
        assertThat(fileSignatures.code()).isEqualTo(2);
        assertThat(fileSignatures.err()).isEqualTo(file + ": a study file has no electronic signatures (they are "
                + "made on a lab server: vivarium lab push, then vivarium sign lab:ID)\n");
        CliRun unknown = withStdin(password, "signatures", "lab:424242", "--lab", url);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("lab:424242: no lab study with id 424242 on postgres@127.0.0.1:");
    }

    /**
     * The small test study with its FST 24 h session done (A2 and B2 without values yet, for imports) and an NSF 48 h
     * session not done, as a file.
     */
    private static Path study(Path file) throws Exception {
        Study study = TestStudies.small();
        AssaySession fst = Studies.findAssay(study, "FST").getSessions().get(0);
        fst.setCompletedAt(TestStudies.ANCHOR.plusHours(25));
        fst.getMeasurements().removeIf(m -> List.of("A2", "B2").contains(m.getAnimal().getId()));
        TestStudies.session(study, "NSF", "NSF 48 h", study.getCohorts().get(0), 48);
        try (OpenStudy open = FolderStudyStore.containing(file).create(FolderStudyStore.nameOf(file), study)) {
            return file;
        }
    }

    private static String wordBody(Path docx) throws Exception {
        try (InputStream in = Files.newInputStream(docx); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no word/document.xml in " + docx);
    }

    private static CliRun withStdin(String lines, String... args) {
        InputStream before = System.in;
        System.setIn(new ByteArrayInputStream((lines + "\n").getBytes(StandardCharsets.UTF_8)));
        try {
            return CliRun.of(args);
        } finally {
            System.setIn(before);
        }
    }
}
