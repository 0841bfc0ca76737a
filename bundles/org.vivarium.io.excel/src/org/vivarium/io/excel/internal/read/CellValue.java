package org.vivarium.io.excel.internal.read;

/**
 * One non-blank cell as read from a file: its column, what kind of value it holds and, for formulas, the formula text.
 * Numbers keep whether their cell was formatted as a date or a time, so that Excel dates and durations can be told
 * from plain numbers. Blank cells are never created.
 */
public final class CellValue {

    /** What a cell holds. */
    public enum Kind {
        /** Text (including CSV fields and numbers stored as text). */
        TEXT,
        /** A number (Excel stores dates and times as numbers too: see {@link CellValue#numberFormat()}). */
        NUMBER,
        /** TRUE or FALSE. */
        BOOLEAN,
        /** An Excel error such as #DIV/0! (the text is the error code). */
        ERROR
    }

    /** How a number cell is formatted. */
    public enum NumberFormat {
        PLAIN, DATE, TIME
    }

    private final int column;
    private final Kind kind;
    private final String text;
    private final double number;
    private final NumberFormat format;
    private final String formula;
    private final boolean cached;
    private final int length;

    private CellValue(int column, Kind kind, String text, double number, NumberFormat format, String formula,
            boolean cached, int length) {
        this.column = column;
        this.kind = kind;
        this.text = text;
        this.number = number;
        this.format = format;
        this.formula = formula;
        this.cached = cached;
        this.length = length;
    }

    public static CellValue text(int column, String text) {
        return new CellValue(column, Kind.TEXT, text, Double.NaN, NumberFormat.PLAIN, null, true, text.length());
    }

    /** A text cell whose content was longer than what was kept ({@code length} is the full length). */
    public static CellValue longText(int column, String kept, int length) {
        return new CellValue(column, Kind.TEXT, kept, Double.NaN, NumberFormat.PLAIN, null, true, length);
    }

    public static CellValue number(int column, double value, NumberFormat format) {
        return new CellValue(column, Kind.NUMBER, null, value, format, null, true, 0);
    }

    public static CellValue bool(int column, boolean value) {
        return new CellValue(column, Kind.BOOLEAN, value ? "TRUE" : "FALSE", Double.NaN, NumberFormat.PLAIN, null, true,
                value ? 4 : 5);
    }

    public static CellValue error(int column, String code) {
        return new CellValue(column, Kind.ERROR, code, Double.NaN, NumberFormat.PLAIN, null, true, code.length());
    }

    /** A formula cell that has no saved result (e.g. written by a program that does not calculate). */
    public static CellValue uncalculated(int column, String formula) {
        return new CellValue(column, Kind.TEXT, "", Double.NaN, NumberFormat.PLAIN, formula, false, 0);
    }

    /** The same value, marked as the cached result of a formula. */
    public CellValue withFormula(String formulaText) {
        return new CellValue(column, kind, text, number, format, formulaText == null ? "" : formulaText, cached,
                length);
    }

    /** The same value in another column (used to copy merged cells). */
    public CellValue inColumn(int other) {
        return new CellValue(other, kind, text, number, format, formula, cached, length);
    }

    /** 0-based column index. */
    public int column() {
        return column;
    }

    public Kind kind() {
        return kind;
    }

    /** Text of TEXT, BOOLEAN and ERROR cells; null for numbers (see {@link #asText()}). */
    public String text() {
        return text;
    }

    public double number() {
        return number;
    }

    public NumberFormat numberFormat() {
        return format;
    }

    /** The formula text ("" when only known to be a formula), or null for plain values. */
    public String formula() {
        return formula;
    }

    /** False for a formula without a saved result. */
    public boolean hasValue() {
        return cached;
    }

    /** Length of the text as written in the file (may exceed the text kept). */
    public int length() {
        return length;
    }

    /** Whether more text was in the file than {@link #text()} holds. */
    public boolean truncated() {
        return text != null && length > text.length();
    }

    /** The value as text: numbers as people write them (integers without ".0", up to 15 significant digits). */
    public String asText() {
        return kind == Kind.NUMBER ? Numbers.format(number) : text;
    }

    @Override
    public String toString() {
        return CellRefs.column(column) + "=" + (kind == Kind.NUMBER ? asText() + (format == NumberFormat.PLAIN ? ""
                : " (" + format + ")") : kind + " " + text) + (formula == null ? "" : " formula " + formula);
    }
}
