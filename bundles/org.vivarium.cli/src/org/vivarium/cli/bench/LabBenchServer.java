package org.vivarium.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabUrl;

/**
 * The benchmark's own private PostgreSQL, started with releng/scripts/lab-server.sh (as {@code lab start} does) in a
 * temporary folder, and stopped and deleted on {@link #close()} - or when the JVM is stopped meanwhile (Ctrl+C).
 */
final class LabBenchServer implements AutoCloseable {

    private final Path script;
    private final Path dir;
    private final LabUrl url;
    private final String password;
    private final Thread hook;
    private boolean stopped;

    private LabBenchServer(Path script, Path dir, LabUrl url, String password) {
        this.script = script;
        this.dir = dir;
        this.url = url;
        this.password = password;
        this.hook = new Thread(this::stopQuietly, "Vivarium bench lab: stop the server");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** Starts a server; a failure says what the script said (nothing is left running or on disk). */
    static LabBenchServer start(Path script) throws IOException, InterruptedException, LabException {
        Path dir = Files.createTempDirectory("vivarium-bench-lab");
        List<String> out;
        try {
            out = run(script, "start", dir);
        } catch (IOException | RuntimeException e) {
            if (Files.exists(dir.resolve("data/postmaster.pid"))) {
                runQuietly(script, dir);
            }
            delete(dir);
            throw e;
        }
        LabUrl url = LabUrl.parse(out.get(out.size() - 1));
        return new LabBenchServer(script, dir, url, Files.readString(dir.resolve("password")).strip());
    }

    /** The superuser's URL (postgres, the owner of the database). */
    LabUrl url() {
        return url;
    }

    Path dir() {
        return dir;
    }

    /** A connection as the superuser. */
    LabDatabase superuser() throws LabException {
        return LabDatabase.connect(url, password);
    }

    /** A connection as another user of the same database. */
    LabDatabase connect(String user, String userPassword) throws LabException {
        return LabDatabase.connect(new LabUrl(user, url.host(), url.port(), url.database(), url.sslMode()),
                userPassword);
    }

    private static List<String> run(Path script, String command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("bash", script.toString(), command, dir.toString()).redirectErrorStream(true)
                .start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IOException("lab-server.sh " + command + " " + dir + " failed: " + out.strip());
        }
        return out.lines().toList();
    }

    private static void runQuietly(Path script, Path dir) {
        try {
            run(script, "stop", dir);
        } catch (IOException e) {
            // stopped already, or not started: the folder goes anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private synchronized void stopQuietly() {
        if (!stopped) {
            stopped = true;
            runQuietly(script, dir);
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind; the system cleans it
        }
    }

    /** Stops the server and deletes its folder. */
    @Override
    public void close() {
        stopQuietly();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is stopping: the hook has run
        }
    }
}
