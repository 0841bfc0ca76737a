package org.vivarium.cli;

import org.vivarium.publish.document.PageSize;

/** {@code --paper a4|letter} of the commands that write printed documents (report, print). */
final class PaperOption {

    private PaperOption() {
    }

    /** The paper the option names (default a4); anything else is a usage error. */
    static PageSize of(String name) throws UsageException {
        PageSize paper = PageSize.of(name);
        if (paper == null) {
            throw new UsageException("--paper must be a4 or letter, not '" + name + "'");
        }
        return paper;
    }
}
