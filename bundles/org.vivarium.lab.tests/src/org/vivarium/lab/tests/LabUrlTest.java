package org.vivarium.lab.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabPasswords;
import org.vivarium.lab.LabUrl;
import org.vivarium.lab.PgPass;

class LabUrlTest {

    @TempDir
    Path tmp;

    @Test
    void parsesLibpqUrls() throws LabException {
        LabUrl url = LabUrl.parse("postgresql://alice@db.lab.example:6543/vivarium");
        assertThat(url).isEqualTo(new LabUrl("alice", "db.lab.example", 6543, "vivarium", "prefer"));
        assertThat(LabUrl.parse("postgres://bob@10.0.0.5/lab?sslmode=require"))
                .isEqualTo(new LabUrl("bob", "10.0.0.5", 5432, "lab", "require"));
        assertThat(LabUrl.parse("postgresql://carol@[::1]:7000/x").host()).isEqualTo("::1");
        assertThat(LabUrl.parse("postgresql://d%40e@h/db").user()).isEqualTo("d@e");
        assertThat(LabUrl.parse("postgresql://alice@h").database()).isEqualTo("alice");
        assertThat(url.toString()).isEqualTo("postgresql://alice@db.lab.example:6543/vivarium");
    }

    @Test
    void badUrlsSayWhatIsWrong() {
        assertThat(message("mysql://a@h/db")).isEqualTo(
                "bad lab URL 'mysql://a@h/db': it must start with postgresql:// or postgres://");
        assertThat(message("postgresql://a@h:99999/db")).contains("the port '99999' is not a number from 1 to 65535");
        assertThat(message("postgresql://a@h:x/db")).contains("the port 'x'");
        assertThat(message("postgresql://a:secret@h/db")).isEqualTo("bad lab URL 'postgresql://a:***@h/db': "
                + "do not put the password in the URL: use PGPASSWORD, ~/.pgpass or the prompt");
        assertThat(message("postgresql://a@/db")).contains("no host");
        assertThat(message("postgresql://a@h/db?sslmode=sometimes")).contains("sslmode must be one of");
        assertThat(message("postgresql://a@h/db?foo=1")).contains("unsupported parameter 'foo'");
        assertThat(message("")).startsWith("no lab URL given");
    }

    private static String message(String url) {
        return assertThrows(LabException.class, () -> LabUrl.parse(url)).getMessage();
    }

    @Test
    void pgpassMatchesWithWildcardsAndEscapes() throws IOException, LabException {
        Path file = pgpass("# comment\n"
                + "other.host:5432:*:alice:wrong\n"
                + "db.lab:*:vivarium:alice:pa\\:ss\\\\word\n"
                + "*:*:*:*:fallback\n");
        assertThat(PgPass.lookup(file, LabUrl.parse("postgresql://alice@db.lab:7000/vivarium")))
                .contains("pa:ss\\word");
        assertThat(PgPass.lookup(file, LabUrl.parse("postgresql://bob@x/y"))).contains("fallback");
        assertThat(PgPass.lookup(tmp.resolve("none"), LabUrl.parse("postgresql://bob@x/y"))).isEmpty();
    }

    @Test
    void pgpassReadableByOthersIsRefused() throws IOException {
        Path file = pgpass("*:*:*:*:pw\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        String m = assertThrows(LabException.class,
                () -> PgPass.lookup(file, LabUrl.parse("postgresql://a@h/db"))).getMessage();
        assertThat(m).isEqualTo("the password file " + file
                + " has group or world access: make it private with chmod 0600 " + file);
    }

    @Test
    void passwordFromEnvironmentThenFileThenPrompt() throws IOException, LabException {
        LabUrl url = LabUrl.parse("postgresql://a@h/db");
        Path home = tmp.resolve("home");
        Files.createDirectories(home);
        LabPasswords.Prompt never = q -> {
            throw new AssertionError("asked " + q);
        };
        assertThat(LabPasswords.find(url, Map.of("PGPASSWORD", "env"), home, never)).isEqualTo("env");
        Path file = pgpass("h:5432:db:a:fromfile\n");
        assertThat(LabPasswords.find(url, Map.of("PGPASSFILE", file.toString()), home, never)).isEqualTo("fromfile");
        assertThat(LabPasswords.find(url, Map.of(), home, q -> Optional.of("typed"))).isEqualTo("typed");
        assertThat(assertThrows(LabException.class, () -> LabPasswords.find(url, Map.of(), home, q -> Optional.empty()))
                .getMessage()).startsWith("no password for a@h:5432/db");
    }

    private Path pgpass(String content) throws IOException {
        Path file = Files.createTempFile(tmp, "pgpass", "");
        Files.writeString(file, content);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        return file;
    }
}
