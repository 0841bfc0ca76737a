package org.vivarium.analysis.result;

/**
 * A point of a {@link Series}.
 *
 * @param category the x category on a categorical axis, or null
 * @param x the x value on a numeric axis (0 on a categorical axis)
 * @param y the y value
 * @param low lower end of the error bar, or null
 * @param high upper end of the error bar, or null
 * @param label a tooltip label, e.g. the animal id, or null
 */
public record Point(String category, double x, double y, Double low, Double high, String label) {

    public static Point category(String category, double y, String label) {
        return new Point(category, 0, y, null, null, label);
    }

    public static Point category(String category, double y, double low, double high) {
        return new Point(category, 0, y, low, high, null);
    }

    public static Point xy(double x, double y) {
        return new Point(null, x, y, null, null, null);
    }

    public static Point xy(double x, double y, double low, double high) {
        return new Point(null, x, y, low, high, null);
    }
}
