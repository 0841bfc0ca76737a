package org.vivarium.cli.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code lab} commands against a real PostgreSQL that {@code lab start} starts (releng/scripts/lab-server.sh).
 * Passwords are given on stdin (no PGPASSWORD or ~/.pgpass in the test JVM): the connecting user's first, then, for
 * {@code user add}, the new user's.
 */
class LabCommandsTest {

    private static Path serverDir;
    private static String url;
    private static String password;

    @TempDir
    Path tmp;

    @BeforeAll
    static void start() throws Exception {
        serverDir = Files.createTempDirectory("vivarium-cli-lab");
        CliRun run = CliRun.of("lab", "start", serverDir.toString());
        assertThat(run.code()).as(run.err()).isZero();
        url = last(run.out());
        assertThat(url).matches("postgresql://postgres@127\\.0\\.0\\.1:\\d+/vivarium");
        password = Files.readString(serverDir.resolve("password")).strip();
        CliRun init = withStdin(password, "lab", "init", url);
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(init.out()).isEqualTo("schema created (version 1) on " + url + "\n");
    }

    @AfterAll
    static void stop() throws Exception {
        if (serverDir != null) {
            CliRun run = CliRun.of("lab", "stop", serverDir.toString());
            assertThat(run.out()).isEqualTo("stopped the lab server in " + serverDir + "\n");
            new ProcessBuilder("rm", "-rf", serverDir.toString()).start().waitFor();
        }
    }

    @Test
    void pushListPullKeepsTheStudyAndItsTrail() throws Exception {
        Path study = CliRun.demo(tmp.resolve("demo.vivarium"));
        CliRun push = withStdin(password, "lab", "push", url, study.toString());
        assertThat(push.code()).as(push.err()).isZero();
        String id = last(push.out());
        assertThat(id).matches("\\d+");
        assertThat(push.out()).startsWith("pushed " + study + " (1 audit entry) to " + url + "\n");

        CliRun list = withStdin(password, "lab", "list", url);
        assertThat(list.code()).isZero();
        assertThat(list.out().lines()).anySatisfy(line -> assertThat(line)
                .matches(id + "\t[^\t]+\t1 entry\tpushed by postgres\t\\d{4}-.+"));

        Path copy = tmp.resolve("copy.vivarium");
        CliRun pull = withStdin(password, "lab", "pull", url, "lab:" + id, copy.toString());
        assertThat(pull.code()).as(pull.err()).isZero();
        assertThat(pull.out()).contains("chain intact");
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(study));
        CliRun verify = CliRun.of("audit", copy.toString(), "--verify");
        assertThat(verify.code()).as(verify.out() + verify.err()).isZero();
        assertThat(verify.out()).contains("chain intact");

        CliRun again = withStdin(password, "lab", "pull", url, id, copy.toString());
        assertThat(again.code()).isEqualTo(2);
        assertThat(again.err()).isEqualTo(copy + " exists already: pull writes a new file (choose another name)\n");
    }

    @Test
    void userAddThenThatUserWorksAndAWrongPasswordIsOneLine() {
        CliRun add = withStdin(password + "\ntech-pw", "lab", "user", "add", url, "tech1", "--role", "technician");
        assertThat(add.code()).as(add.err()).isZero();
        assertThat(add.out()).startsWith("added user tech1 (technician) on 127.0.0.1:");
        String techUrl = url.replace("postgres@", "tech1@");
        CliRun list = withStdin("tech-pw", "lab", "list", techUrl);
        assertThat(list.code()).as(list.err()).isZero();
        CliRun wrong = withStdin("nope", "lab", "list", techUrl);
        assertThat(wrong.code()).isEqualTo(2);
        assertThat(wrong.err()).matches("wrong password for tech1 at 127\\.0\\.0\\.1:\\d+\n");
        CliRun role = withStdin(password, "lab", "user", "add", url, "x1", "--role", "janitor");
        assertThat(role.code()).isEqualTo(1);
        assertThat(role.err()).startsWith("vivarium lab user: unknown role 'janitor' (one of: technician, scientist, "
                + "pi, viewer, admin)\n");
    }

    @Test
    void badUrlAndUnknownIdAreOneClearLine() {
        CliRun bad = withStdin(password, "lab", "list", "http://db/x");
        assertThat(bad.code()).isEqualTo(2);
        assertThat(bad.err()).isEqualTo("bad lab URL 'http://db/x': it must start with postgresql:// or postgres://\n");
        CliRun unknown = withStdin(password, "lab", "pull", url, "424242", tmp.resolve("n.vivarium").toString());
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("no lab study with id 424242 on postgres@127.0.0.1:");
        assertThat(Files.exists(tmp.resolve("n.vivarium"))).isFalse();
        CliRun down = withStdin("x", "lab", "list", "postgresql://postgres@127.0.0.1:1/vivarium");
        assertThat(down.err()).isEqualTo("cannot reach the lab server at 127.0.0.1:1 (is it running? start one with "
                + "'vivarium lab start DIR')\n");
    }

    /** Every command that reads a study reads lab:ID from the server (one connection, one password asked). */
    @Test
    void readingCommandsTakeALabStudy() throws Exception {
        String id = pushDemo();
        CliRun info = withStdin(password, "info", "lab:" + id, "--lab", url);
        assertThat(info.code()).as(info.err()).isZero();
        assertThat(info.out()).startsWith("Ketamine + BCI").contains("measurements  1832")
                .contains("audit trail: 1 entry, chain intact");
        CliRun verify = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(verify.code()).as(verify.err()).isZero();
        assertThat(verify.out()).isEqualTo("1 entry, chain intact\n");
        Path csv = tmp.resolve("all.csv");
        CliRun export = withStdin(password, "export", "--lab", url, "lab:" + id, csv.toString());
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).hasSize(1833);
        CliRun animals = withStdin(password, "animals", "list", "lab:" + id, "--cohort", "1 h", "--lab", url);
        assertThat(animals.code()).as(animals.err()).isZero();
        assertThat(animals.out()).contains("1H-01").doesNotContain("24H-01");
    }

    @Test
    void labStudiesAreReadOnlyHereAndBadNamesAreOneLine() throws Exception {
        String id = pushDemo();
        Path sheet = tmp.resolve("x.csv");
        Files.writeString(sheet, "Animal,Session,Measure,Value\n1H-01,FST 1 h,immobility,100\n");
        CliRun change = withStdin(password, "import", "lab:" + id, sheet.toString(), "--lab", url);
        assertThat(change.code()).isEqualTo(2);
        assertThat(change.err()).isEqualTo("lab:" + id + ": lab studies are read-only from the command line in this "
                + "version; change a file copy (vivarium lab pull " + url + " " + id + " OUT.vivarium) and push it "
                + "(vivarium lab push " + url + " OUT.vivarium)\n");
        CliRun noUrl = CliRun.of("info", "lab:" + id);
        if (System.getenv("VIVARIUM_LAB") == null) {
            assertThat(noUrl.code()).isEqualTo(1);
            assertThat(noUrl.err()).startsWith("vivarium info: lab:" + id
                    + " is on a lab server: give its URL with --lab URL or VIVARIUM_LAB\n");
        }
        CliRun notANumber = CliRun.of("info", "lab:KET", "--lab", url);
        assertThat(notANumber.code()).isEqualTo(1);
        assertThat(notANumber.err()).startsWith("vivarium info: 'lab:KET' is not a lab study: lab studies are named "
                + "lab:ID, ID a number");
        CliRun unknown = withStdin(password, "validate", "lab:424242", "--lab", url);
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("lab:424242: no lab study with id 424242 on postgres@127.0.0.1:");
        CliRun missing = CliRun.of("info", "x.vivarium", "--lab");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).startsWith("vivarium info: --lab needs the lab server's URL");
    }

    /** The server keeps its own record of the trail: rows that no longer match the study's entries are reported. */
    @Test
    void verifyComparesTheServersAuditRowsWithTheTrail() throws Exception {
        String id = pushDemo();
        psql("UPDATE audit_entry SET hash = repeat('0', 64) WHERE study_id = " + id + " AND seq = 1");
        CliRun verify = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(verify.code()).isEqualTo(2);
        assertThat(verify.out()).isEqualTo("lab:" + id + ": the server's audit row 1 does not match entry 1 of the "
                + "study's trail\n");
        assertThat(verify.err()).isEqualTo("lab:" + id + ": the lab server's record of the audit trail does not "
                + "match the study's (1 entry, chain intact in the study)\n");
    }

    private String pushDemo() throws Exception {
        Path study = CliRun.demo(tmp.resolve("demo.vivarium"));
        CliRun push = withStdin(password, "lab", "push", url, study.toString());
        assertThat(push.code()).as(push.err()).isZero();
        return last(push.out());
    }

    /** Runs SQL as the server's superuser, with the psql of the PostgreSQL that lab start ran. */
    private static void psql(String sql) throws Exception {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("@([^:]+):(\\d+)/(.+)$").matcher(url);
        assertThat(m.find()).isTrue();
        Path bin;
        try (var dirs = Files.list(Path.of("/usr/lib/postgresql"))) {
            bin = dirs.sorted(java.util.Comparator.reverseOrder()).findFirst().orElseThrow().resolve("bin/psql");
        }
        ProcessBuilder pb = new ProcessBuilder(bin.toString(), "-h", m.group(1), "-p", m.group(2), "-U", "postgres",
                "-d", m.group(3), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", sql).redirectErrorStream(true);
        pb.environment().put("PGPASSWORD", password);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
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

    private static String last(String out) {
        List<String> lines = out.lines().toList();
        return lines.get(lines.size() - 1);
    }
}
