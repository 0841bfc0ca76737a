package org.vivarium.publish.charts;

/**
 * Sizes for exported charts: journal column widths in millimetres, drawn at 72 points per inch (fonts keep their
 * printed size); PNG files are rendered at 300 dpi.
 */
public enum ChartSize {

    /** One journal column: 85 x 70 mm. */
    SINGLE_COLUMN("Single column (85 x 70 mm)", 85, 70),
    /** Two journal columns: 178 x 110 mm. */
    DOUBLE_COLUMN("Double column (178 x 110 mm)", 178, 110),
    /** A slide: 254 x 143 mm (16:9). */
    SLIDE("Slide (16:9)", 254, 143);

    public static final int PNG_DPI = 300;
    private static final double MM_PER_INCH = 25.4;

    private final String label;
    private final double widthMm;
    private final double heightMm;

    ChartSize(String label, double widthMm, double heightMm) {
        this.label = label;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    public String label() {
        return label;
    }

    /** Width in points (1/72 inch). */
    public int widthPt() {
        return (int) Math.round(widthMm / MM_PER_INCH * 72);
    }

    public int heightPt() {
        return (int) Math.round(heightMm / MM_PER_INCH * 72);
    }

    /** Width of a PNG at {@link #PNG_DPI}. */
    public int widthPx() {
        return (int) Math.round(widthMm / MM_PER_INCH * PNG_DPI);
    }

    public int heightPx() {
        return (int) Math.round(heightMm / MM_PER_INCH * PNG_DPI);
    }
}
