package org.vivarium.cli.bench;

import java.io.PrintStream;

/** A benchmark of {@code vivarium bench NAME}: prints its figures and ratios against a baseline run alongside. */
public interface Benchmark {

    String name();

    String description();

    /** Runs and prints; returns whether the goals were met. */
    boolean run(PrintStream out, boolean quick) throws Exception;
}
