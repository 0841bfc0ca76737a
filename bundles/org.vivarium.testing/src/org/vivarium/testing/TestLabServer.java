package org.vivarium.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vivarium.lab.LabException;
import org.vivarium.lab.LabUrl;

/**
 * A real private PostgreSQL started with releng/scripts/lab-server.sh into a temporary folder (the same script as
 * {@code vivarium lab start}); never a mock or an embedded substitute.
 */
public final class TestLabServer implements AutoCloseable {

    public static final String SCRIPT = "releng/scripts/lab-server.sh";

    private final Path dir;
    private final LabUrl url;
    private final String password;

    private TestLabServer(Path dir, LabUrl url, String password) {
        this.dir = dir;
        this.url = url;
        this.password = password;
    }

    public static TestLabServer start() throws IOException, InterruptedException, LabException {
        Path dir = Files.createTempDirectory("vivarium-lab-test");
        List<String> out = run("start", dir);
        LabUrl url = LabUrl.parse(out.get(out.size() - 1));
        return new TestLabServer(dir, url, Files.readString(dir.resolve("password")).strip());
    }

    /** The URL of the superuser (the owner of the database "vivarium"). */
    public LabUrl url() {
        return url;
    }

    /** The URL of another user on the same server and database. */
    public LabUrl url(String user) throws LabException {
        return LabUrl.parse("postgresql://" + user + "@" + url.host() + ":" + url.port() + "/" + url.database());
    }

    public String password() {
        return password;
    }

    public Path dir() {
        return dir;
    }

    public static Path script() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SCRIPT))) {
                return d.resolve(SCRIPT);
            }
        }
        throw new IllegalStateException("no " + SCRIPT + " above " + Path.of("").toAbsolutePath());
    }

    private static List<String> run(String command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", script().toString(), command, dir.toString())
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("lab-server.sh " + command + " failed: " + out);
        }
        return out.lines().toList();
    }

    @Override
    public void close() throws IOException, InterruptedException {
        run("stop", dir);
        ProcessBuilder rm = new ProcessBuilder("rm", "-rf", dir.toString());
        rm.start().waitFor();
    }
}
