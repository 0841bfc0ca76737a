package org.vivarium.analysis.data;

import java.util.List;

/** A dataset could not be made: each problem names where (file and line, or study object) and what is wrong. */
public class DatasetException extends Exception {

    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public DatasetException(List<String> problems) {
        super(problems.isEmpty() ? "invalid data" : problems.get(0)
                + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more problems)" : ""));
        this.problems = List.copyOf(problems);
    }

    public DatasetException(String problem) {
        this(List.of(problem));
    }

    /** Every problem, one line each. */
    public List<String> problems() {
        return problems;
    }
}
