package org.vivarium.core.study;

/**
 * Keeps text in exported CSV from running as a formula when the file is opened in a spreadsheet (CSV or formula
 * injection): text that starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a
 * leading apostrophe, as OWASP recommends. Numbers are written as numbers and never get one. Reading CSV, the
 * importer removes exactly that apostrophe (only where the text after it starts with one of those characters, or
 * with apostrophes and then one: such text gets one more apostrophe), so an export imports back as it was.
 */
public final class CsvFormulas {

    private static final String TRIGGERS = "=+-@\t\r";

    private CsvFormulas() {
    }

    /** Whether a spreadsheet could read the text as a formula (or a DDE command). */
    public static boolean risky(String text) {
        return !text.isEmpty() && TRIGGERS.indexOf(text.charAt(0)) >= 0;
    }

    /**
     * Whether the text is written with an apostrophe: when it is {@link #risky(String) risky}, and also when it is
     * risky after apostrophes of its own (so that {@code '=x} is written {@code ''=x} and reads back unchanged).
     */
    private static boolean prefixed(String text) {
        int i = 0;
        while (i < text.length() && text.charAt(i) == '\'') {
            i++;
        }
        return i < text.length() && TRIGGERS.indexOf(text.charAt(i)) >= 0;
    }

    /** The text as written to a CSV file: with a leading apostrophe where a spreadsheet could run it. */
    public static String neutralise(String text) {
        return prefixed(text) ? "'" + text : text;
    }

    /** The text as read from a CSV file: without the apostrophe {@link #neutralise(String)} added. */
    public static String restore(String text) {
        return text.length() > 1 && text.charAt(0) == '\'' && prefixed(text.substring(1)) ? text.substring(1) : text;
    }
}
