package org.vivarium.publish.print;

/**
 * Code 128 barcodes in code set B (printable ASCII, space to DEL), as cage-card scanners read them: the start symbol
 * B, one symbol per character, the modulo-103 check symbol and the stop pattern. {@link #modules(String)} gives the
 * widths of the bars and spaces in modules (bar first, alternating), for any drawing code; the quiet zones (10
 * modules on each side) are the drawer's.
 */
public final class Code128 {

    /** Value of the start symbol of code set B. */
    public static final int START_B = 104;
    /** The quiet zone each side of the symbol, in modules. */
    public static final int QUIET_ZONE = 10;

    /** Bar and space widths of the symbols 0-105 (each adds up to 11 modules) and the stop pattern (13 modules). */
    static final String[] PATTERNS = { "212222", "222122", "222221", "121223", "121322", "131222", "122213",
            "122312", "132212", "221213", "221312", "231212", "112232", "122132", "122231", "113222", "123122",
            "123221", "223211", "221132", "221231", "213212", "223112", "312131", "311222", "321122", "321221",
            "312212", "322112", "322211", "212123", "212321", "232121", "111323", "131123", "131321", "112313",
            "132113", "132311", "211313", "231113", "231311", "112133", "112331", "132131", "113123", "113321",
            "133121", "313121", "211331", "231131", "213113", "213311", "213131", "311123", "311321", "331121",
            "312113", "312311", "332111", "314111", "221411", "431111", "111224", "111422", "121124", "121421",
            "141122", "141221", "112214", "112412", "122114", "122411", "142112", "142211", "241211", "221114",
            "413111", "241112", "134111", "111242", "121142", "121241", "114212", "124112", "124211", "411212",
            "421112", "421211", "212141", "214121", "412121", "111143", "111341", "131141", "114113", "114311",
            "411113", "411311", "113141", "114131", "311141", "411131", "211412", "211214", "211232", "2331112" };
    private static final int STOP = 106;

    private Code128() {
    }

    /** Whether code set B can hold the text: not empty, printable ASCII only. */
    public static boolean canEncode(String text) {
        return text != null && !text.isEmpty() && text.chars().allMatch(c -> c >= 32 && c <= 127);
    }

    /** The symbol values: start B, one per character (character - 32), the check symbol, stop (106). */
    public static int[] symbols(String text) {
        if (!canEncode(text)) {
            throw new IllegalArgumentException("Code 128 (set B) holds printable ASCII characters only: '" + text
                    + "'");
        }
        int[] symbols = new int[text.length() + 3];
        symbols[0] = START_B;
        long sum = START_B;
        for (int i = 0; i < text.length(); i++) {
            symbols[i + 1] = text.charAt(i) - 32;
            sum += (long) symbols[i + 1] * (i + 1);
        }
        symbols[text.length() + 1] = (int) (sum % 103);
        symbols[text.length() + 2] = STOP;
        return symbols;
    }

    /** The check symbol of a text (modulo 103 of start B plus each value times its position). */
    public static int checksum(String text) {
        int[] s = symbols(text);
        return s[s.length - 2];
    }

    /** The widths in modules of the bars and spaces, bar first, alternating, ending with the stop's final bar. */
    public static int[] modules(String text) {
        int[] symbols = symbols(text);
        int[] widths = new int[(symbols.length - 1) * 6 + 7];
        int k = 0;
        for (int s : symbols) {
            for (char c : PATTERNS[s].toCharArray()) {
                widths[k++] = c - '0';
            }
        }
        return widths;
    }

    /** The width of the symbol in modules, without the quiet zones. */
    public static int width(String text) {
        return 11 * (text.length() + 3) + 2;
    }
}
