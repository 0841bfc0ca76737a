package org.vivarium.io.excel;

import java.util.List;

/**
 * A file, sheet or mapping that cannot be used at all: not a spreadsheet, damaged, hostile, password-protected, over
 * a limit, or a mapping file with errors. Each problem is one line for people ({@link ImportProblem#toString()}).
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportProblem> problems;

    public ImportException(List<ImportProblem> problems) {
        super(problems.isEmpty() ? "import refused" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public ImportException(ImportProblem problem) {
        this(List.of(problem));
    }

    /** The problems, one per line. */
    public List<ImportProblem> problems() {
        return problems;
    }
}
