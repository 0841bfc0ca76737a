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
