package org.vivarium.publish.charts;

/**
 * Sizes for exported charts: journal column widths in millimetres, drawn at 72 points per inch (fonts keep their
 * printed size); PNG files are rendered at 300 dpi.
 */
public enum ChartSize {

    /** One journal column: 85 x 70 mm. */
    SINGLE_COLUMN("single", "Single column (85 x 70 mm)", "single column, 85 x 70 mm", 85, 70),
    /** Two journal columns: 178 x 110 mm. */
    DOUBLE_COLUMN("double", "Double column (178 x 110 mm)", "double column, 178 x 110 mm", 178, 110),
    /** A slide: 254 x 143 mm (16:9). */
    SLIDE("slide", "Slide (16:9)", "slide, 254 x 143 mm", 254, 143);

    public static final int PNG_DPI = 300;
    private static final double MM_PER_INCH = 25.4;

    private final String keyword;
    private final String label;
    private final String description;
    private final double widthMm;
    private final double heightMm;

    ChartSize(String keyword, String label, String description, double widthMm, double heightMm) {
        this.keyword = keyword;
        this.label = label;
        this.description = description;
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** The size named by its keyword (single, double, slide), or null. */
    public static ChartSize of(String keyword) {
        for (ChartSize s : values()) {
            if (s.keyword.equals(keyword)) {
                return s;
            }
        }
        return null;
    }

    /** The size's keyword on the command line: single, double or slide. */
    public String keyword() {
        return keyword;
    }

    /** Name for a menu: "Single column (85 x 70 mm)". */
    public String label() {
        return label;
    }

    /** Name in a sentence: "single column, 85 x 70 mm". */
    public String description() {
        return description;
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
