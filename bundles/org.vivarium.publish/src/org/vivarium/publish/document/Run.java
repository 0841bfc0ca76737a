package org.vivarium.publish.document;

import java.util.Objects;

/**
 * A piece of text of one style within a paragraph.
 *
 * @param text the text (no line breaks: use another paragraph)
 * @param bold bold
 * @param italic italic
 */
public record Run(String text, boolean bold, boolean italic) {

    public Run {
        Objects.requireNonNull(text, "text");
    }

    public static Run plain(String text) {
        return new Run(text, false, false);
    }

    public static Run bold(String text) {
        return new Run(text, true, false);
    }

    public static Run italic(String text) {
        return new Run(text, false, true);
    }
}
