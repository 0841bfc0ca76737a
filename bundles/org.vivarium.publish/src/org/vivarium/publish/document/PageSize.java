package org.vivarium.publish.document;

import java.util.Locale;

/** Paper sizes of printed documents, in points (1/72 inch). */
public enum PageSize {

    /** ISO A4, 210 x 297 mm. */
    A4(595.28f, 841.89f),
    /** US Letter, 8.5 x 11 in. */
    LETTER(612f, 792f);

    private final float widthPt;
    private final float heightPt;

    PageSize(float widthPt, float heightPt) {
        this.widthPt = widthPt;
        this.heightPt = heightPt;
    }

    public float widthPt() {
        return widthPt;
    }

    public float heightPt() {
        return heightPt;
    }

    /** The size named "a4" or "letter" (any case), or null. */
    public static PageSize of(String name) {
        for (PageSize s : values()) {
            if (s.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return s;
            }
        }
        return null;
    }

    /** "a4", "letter". */
    public String option() {
        return name().toLowerCase(Locale.ROOT);
    }
}
