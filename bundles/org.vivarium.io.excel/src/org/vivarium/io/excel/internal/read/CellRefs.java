package org.vivarium.io.excel.internal.read;

/** A1-style cell references: columns A..XFD, rows 1..1,048,576 (0-based indices inside the code). */
public final class CellRefs {

    /** Excel's limits (also applied to .xls and .csv input). */
    public static final int MAX_ROWS = 1_048_576;
    public static final int MAX_COLUMNS = 16_384;

    private CellRefs() {
    }

    /** 0 → "A", 25 → "Z", 26 → "AA". */
    public static String column(int index) {
        StringBuilder b = new StringBuilder(3);
        int n = index + 1;
        while (n > 0) {
            int r = (n - 1) % 26;
            b.append((char) ('A' + r));
            n = (n - 1) / 26;
        }
        return b.reverse().toString();
    }

    /** "B7" for row 6, column 1 (0-based). */
    public static String cell(int row, int column) {
        return column(column) + (row + 1);
    }

    /** The 0-based column of a reference such as "AB12" or "AB", or -1 if it has no column letters. */
    public static int columnOf(CharSequence ref) {
        int col = 0;
        int i = 0;
        for (; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                col = col * 26 + (c - 'A' + 1);
            } else if (c >= 'a' && c <= 'z') {
                col = col * 26 + (c - 'a' + 1);
            } else {
                break;
            }
            if (col > MAX_COLUMNS * 26) {
                return Integer.MAX_VALUE;
            }
        }
        return i == 0 ? -1 : col - 1;
    }

    /** The 0-based row of a reference such as "AB12", or -1 if it has no row number. */
    public static int rowOf(CharSequence ref) {
        long row = 0;
        boolean digits = false;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= '0' && c <= '9') {
                row = row * 10 + (c - '0');
                digits = true;
                if (row > Integer.MAX_VALUE) {
                    return Integer.MAX_VALUE;
                }
            } else if (digits) {
                return -1;
            }
        }
        return digits ? (int) row - 1 : -1;
    }

    /** Whether text is a plain column reference such as "E" or "AB". */
    public static boolean isColumn(String text) {
        return text.matches("[A-Za-z]{1,3}") && columnOf(text) < MAX_COLUMNS;
    }
}
