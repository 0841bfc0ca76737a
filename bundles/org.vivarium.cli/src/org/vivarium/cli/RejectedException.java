package org.vivarium.cli;

import java.util.List;

/** The input was rejected (exit code 2): one line per problem on stdout, an optional summary on stderr. */
final class RejectedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    RejectedException(List<String> problems, String summary) {
        super(summary);
        this.problems = List.copyOf(problems);
    }

    List<String> problems() {
        return problems;
    }
}
