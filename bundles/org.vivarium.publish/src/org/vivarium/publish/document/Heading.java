package org.vivarium.publish.document;

import java.util.Objects;

/**
 * A section heading.
 *
 * @param level 1 (a section) to 3 (a paragraph heading)
 * @param text the heading
 */
public record Heading(int level, String text) implements Block {

    public Heading {
        if (level < 1 || level > 3) {
            throw new IllegalArgumentException("heading level " + level + " is not 1-3");
        }
        Objects.requireNonNull(text, "text");
    }
}
