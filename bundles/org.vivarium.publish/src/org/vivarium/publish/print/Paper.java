package org.vivarium.publish.print;

import java.util.Locale;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** The paper a print is laid out for: ISO A4 (210 x 297 mm) or US Letter (8.5 x 11 in). */
public enum Paper {
    A4(PDRectangle.A4), LETTER(PDRectangle.LETTER);

    private final PDRectangle size;

    Paper(PDRectangle size) {
        this.size = size;
    }

    /** Width in points (1/72 in), portrait. */
    public float width() {
        return size.getWidth();
    }

    /** Height in points, portrait. */
    public float height() {
        return size.getHeight();
    }

    /** The name as the command line takes it: "a4" or "letter". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** "a4" or "letter" (any case); null when it is neither. */
    public static Paper of(String name) {
        for (Paper p : values()) {
            if (p.cliName().equalsIgnoreCase(name == null ? "" : name.strip())) {
                return p;
            }
        }
        return null;
    }

    PDRectangle rectangle(boolean landscape) {
        return landscape ? new PDRectangle(size.getHeight(), size.getWidth()) : new PDRectangle(size.getWidth(),
                size.getHeight());
    }
}
