package org.vivarium.publish.document;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph of text runs.
 *
 * @param runs its text, run by run
 * @param style how it stands out
 */
public record Paragraph(List<Run> runs, Style style) implements Block {

    /** What kind of paragraph it is. */
    public enum Style {
        /** Body text. */
        NORMAL,
        /** Something the author must still complete (shown highlighted, e.g. "To complete: ..."). */
        TO_COMPLETE,
        /** Small print: captions, footers, provenance. */
        SMALL
    }

    public Paragraph {
        runs = List.copyOf(runs);
        Objects.requireNonNull(style, "style");
    }

    public static Paragraph of(String text) {
        return new Paragraph(List.of(Run.plain(text)), Style.NORMAL);
    }

    public static Paragraph of(Run... runs) {
        return new Paragraph(List.of(runs), Style.NORMAL);
    }

    public static Paragraph toComplete(String text) {
        return new Paragraph(List.of(Run.plain(text)), Style.TO_COMPLETE);
    }

    public static Paragraph small(String text) {
        return new Paragraph(List.of(Run.plain(text)), Style.SMALL);
    }

    /** The paragraph's text without styles. */
    public String text() {
        StringBuilder b = new StringBuilder();
        runs.forEach(r -> b.append(r.text()));
        return b.toString();
    }
}
