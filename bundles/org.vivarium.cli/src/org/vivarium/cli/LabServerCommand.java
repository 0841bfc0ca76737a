package org.vivarium.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code lab start DIR [--port P]} and {@code lab stop DIR}: a private PostgreSQL on loopback, run by
 * releng/scripts/lab-server.sh (its last output line is the lab URL).
 */
final class LabServerCommand implements Command {

    static final String SCRIPT = "releng/scripts/lab-server.sh";

    private final boolean start;

    LabServerCommand(boolean start) {
        this.start = start;
    }

    @Override
    public String name() {
        return start ? "lab start" : "lab stop";
    }

    @Override
    public String usage() {
        return start ? "lab start DIR [--port P]" : "lab stop DIR";
    }

    @Override
    public String summary() {
        return start ? "a private PostgreSQL lab server on loopback, data in DIR; last line: its lab URL"
                : "stops the lab server started in DIR";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String dir = args.positional(0, "the server folder DIR");
        String port = start ? args.option("port", null) : null;
        args.checkNoneLeft(1);
        List<String> command = new ArrayList<>(List.of("bash", script().toString(), start ? "start" : "stop", dir));
        if (port != null) {
            command.add("--port");
            command.add(port);
        }
        Process p = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.INHERIT).start();
        Thread errors = Thread.ofVirtual().start(() -> copy(p.getErrorStream(), console.err()));
        copy(p.getInputStream(), console.out());
        int code = p.waitFor();
        errors.join();
        if (code != 0) {
            throw new RejectedException(List.of(), null); // the script said why on stderr
        }
        return Cli.OK;
    }

    /** The script: under -Dvivarium.root (set by ./vivarium) or VIVARIUM_ROOT, else found above the working folder. */
    static Path script() throws RejectedException {
        String root = System.getProperty("vivarium.root", System.getenv("VIVARIUM_ROOT"));
        if (root != null && Files.isRegularFile(Path.of(root, SCRIPT))) {
            return Path.of(root, SCRIPT);
        }
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve(SCRIPT))) {
                return d.resolve(SCRIPT);
            }
        }
        throw new RejectedException(List.of(), "cannot find " + SCRIPT + " (run vivarium from its folder, or set "
                + "VIVARIUM_ROOT to it)");
    }

    private static void copy(InputStream in, PrintStream to) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, Charset.defaultCharset()))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                to.println(line);
            }
        } catch (IOException e) {
            to.println("vivarium: lost the lab server script's output: " + e.getMessage());
        }
    }
}
