package org.vivarium.cli;

import java.util.List;

/**
 * The input was rejected (exit code 2, or {@link Cli#TIMEOUT} for an analysis stopped at its time limit): one line per
 * problem on stdout, an optional summary on stderr.
 */
final class RejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;
    private final int code;

    RejectedException(List<String> problems, String summary) {
        this(problems, summary, Cli.REJECTED);
    }

    RejectedException(List<String> problems, String summary, int code) {
        super(summary);
        this.problems = List.copyOf(problems);
        this.code = code;
    }

    /** The exit code. */
    int code() {
        return code;
    }

    List<String> problems() {
        return problems;
    }
}
