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
        assertThat(init.out()).isEqualTo("schema created (version 4) on " + url + "\n");
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
        CliRun original = CliRun.of("info", study.toString());
        CliRun copied = CliRun.of("info", copy.toString());
        assertThat(copied.out()).isEqualTo(original.out().replace(study.toString(), copy.toString()));
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

    /**
     * A command that changes a lab study stores its change on the server, with its audit entry, as the connected user;
     * a technician records values but cannot change the design, from the command line as anywhere else.
     */
    @Test
    void changingCommandsStoreTheirChangeOnTheServerWithinTheUsersRole() throws Exception {
        String id = pushDemo();
        Path sheet = tmp.resolve("x.csv");
        Files.writeString(sheet, "Animal,Session,Measure,Value\n1H-01,FST 1 h,immobility,101\n");
        CliRun add = withStdin(password + "\ntech-pw2", "lab", "user", "add", url, "tech2", "--role", "technician");
        assertThat(add.code()).as(add.err()).isZero();
        String techUrl = url.replace("postgres@", "tech2@");

        CliRun first = withStdin("tech-pw2", "import", "lab:" + id, sheet.toString(), "--lab", techUrl);
        assertThat(first.code()).as(first.out() + first.err()).isZero();
        assertThat(first.out()).contains("imported into lab:" + id + ": 0 already present, 1 added");
        Files.writeString(sheet, "Animal,Session,Measure,Value\n1H-01,FST 1 h,immobility,102\n");
        CliRun overwrite = withStdin("tech-pw2", "import", "lab:" + id, sheet.toString(), "--lab", techUrl);
        assertThat(overwrite.code()).isEqualTo(2);
        assertThat(overwrite.out()).contains("an import never overwrites recorded values");
        Files.writeString(sheet, "Animal,Session,Measure,Value\n1H-02,FST 1 h,immobility,103\n");
        CliRun imported = withStdin("tech-pw2", "import", "lab:" + id, sheet.toString(), "--reason",
                "scored late", "--lab", techUrl);
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();

        Path csv = tmp.resolve("after.csv");
        CliRun export = withStdin(password, "export", "lab:" + id, csv.toString(), "--lab", url);
        assertThat(export.code()).as(export.err()).isZero();
        assertThat(Files.readAllLines(csv)).anySatisfy(line -> assertThat(line).contains("1H-01").contains(
                "FST 1 h").contains("immobility").contains(",101"));
        assertThat(Files.readAllLines(csv)).anySatisfy(line -> assertThat(line).contains("1H-02").contains(
                "FST 1 h").contains("immobility").contains(",103"));
        CliRun verify = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(verify.out()).isEqualTo("3 entries, chain intact\n");
        CliRun history = withStdin(password, "audit", "lab:" + id, "--lab", url);
        assertThat(history.out()).contains("tech2").contains("Import x.csv").contains("scored late");

        CliRun design = withStdin("tech-pw2", "animals", "add", "lab:" + id, "--cohort", "1 h", "--count", "2", "--sex", "female",
                "--lab", techUrl);
        assertThat(design.code()).isEqualTo(2);
        assertThat(design.out() + design.err()).contains("tech2 may not change the design of a lab study (scientists "
                + "and PIs do; technicians record doses, weights and values): nothing of this change was stored");
        CliRun still = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(still.out()).isEqualTo("3 entries, chain intact\n");
        CliRun byOwner = withStdin(password, "animals", "add", "lab:" + id, "--cohort", "1 h", "--count", "2", "--sex", "female",
                "--lab", url);
        assertThat(byOwner.code()).as(byOwner.out() + byOwner.err()).isZero();
        CliRun three = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(three.out()).isEqualTo("4 entries, chain intact\n");
    }

    @Test
    void badLabNamesAreOneLine() throws Exception {
        String id = pushDemo();
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

    /**
     * The trail of a lab study is the server's audit rows, checked as a chain; the study's row records the last entry,
     * so rows cut off the end are found too.
     */
    @Test
    void verifyFindsAlteredAndMissingAuditRows() throws Exception {
        String id = pushDemo();
        Path sheet = tmp.resolve("y.csv");
        Files.writeString(sheet, "Animal,Session,Measure,Value\n1H-02,FST 1 h,immobility,99\n");
        CliRun imported = withStdin(password, "import", "lab:" + id, sheet.toString(), "--reason", "typo", "--lab",
                url);
        assertThat(imported.code()).as(imported.out() + imported.err()).isZero();
        psql("UPDATE audit_entry SET entry = replace(entry, '\"typo\"', '\"nothing\"') WHERE study_id = " + id
                + " AND seq = 2");
        CliRun altered = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(altered.code()).isEqualTo(2);
        assertThat(altered.out()).isEqualTo("lab:" + id + ": entry 2: altered (its hash does not match its content "
                + "or the entry before it)\n");
        psql("DELETE FROM audit_entry WHERE study_id = " + id + " AND seq = 2");
        CliRun cut = withStdin(password, "audit", "lab:" + id, "--verify", "--lab", url);
        assertThat(cut.code()).isEqualTo(2);
        assertThat(cut.out()).isEqualTo("lab:" + id + ": the server recorded 2 audit entries for the study, but 1 "
                + "row is there\n");
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
