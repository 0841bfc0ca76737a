package org.vivarium.io.excel.internal.read;

import java.io.EOFException;
import java.util.Locale;
import java.util.zip.ZipException;

/** Turns what POI and the zip and XML layers throw for bad .xlsx files into messages for people. */
final class OoxmlFailures {

    private OoxmlFailures() {
    }

    static ReadFailure translate(Throwable e, String part) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            String lower = m.toLowerCase(Locale.ROOT);
            if (m.contains("Zip bomb detected")) {
                return new ReadFailure("the workbook looks like a zip bomb: " + entry(m, part) + " expands to more "
                        + "than 100 times its compressed size; refused", e);
            }
            if (lower.contains("doctype")) {
                return doctype(part, e);
            }
            if (lower.contains("max file count") || lower.contains("maxfilecount") || m.contains("MAX_FILE_COUNT")) {
                return new ReadFailure("the workbook has more than 1,000 parts (a normal workbook has a few dozen); "
                        + "refused", e);
            }
            if (m.contains("exceeds the max") || m.contains("MAX_ENTRY_SIZE")) {
                return new ReadFailure("a part of the workbook (" + entry(m, part) + ") is larger than 4 GB "
                        + "uncompressed; refused", e);
            }
            if (t instanceof ZipException || t instanceof EOFException || lower.contains("truncated")
                    || lower.contains("invalid stored block") || lower.contains("unexpected end")) {
                return new ReadFailure("the workbook is damaged or truncated: " + part + " cannot be unpacked; "
                        + "refused", e);
            }
        }
        return new ReadFailure("the workbook is damaged: " + part + " cannot be read (" + FileSniffer.describe(e)
                + ")", e);
    }

    static ReadFailure doctype(String part, Throwable e) {
        return new ReadFailure("the workbook contains an XML document type declaration (in " + part + "), which Excel "
                + "never writes; refused (it could load external entities)", e);
    }

    private static String entry(String message, String fallback) {
        int i = message.indexOf("Entry: ");
        if (i < 0) {
            return fallback;
        }
        String rest = message.substring(i + 7).strip();
        int end = rest.indexOf('\n');
        return end > 0 ? rest.substring(0, end).strip() : rest;
    }
}
