package org.vivarium.cli.tests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.vivarium.cli.Cli;

/** One run of the command line in this JVM: exit code, stdout and stderr. */
record CliRun(int code, String out, String err) {

    static CliRun of(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Cli.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Writes the demo study (seed 3) to {@code file} with the demo command, which must succeed. */
    static Path demo(Path file) {
        CliRun run = of("demo", file.toString(), "--seed", "3");
        if (run.code() != 0) {
            throw new AssertionError("demo " + file + " failed: " + run.out() + run.err());
        }
        return file;
    }
}
