package org.vivarium.io.excel.internal.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-string table of an .xlsx (sharedStrings.xml), read with a SAX pass that keeps at most
 * {@link ReadLimits#maxCellChars()} characters per string and refuses tables larger than
 * {@link ReadLimits#maxSharedChars()} in total. Phonetic runs (rPh) are left out, as Excel displays them.
 */
final class XlsxSharedStrings {

    private final List<String> strings;
    private final Map<Integer, Integer> fullLengths;

    private XlsxSharedStrings(List<String> strings, Map<Integer, Integer> fullLengths) {
        this.strings = strings;
        this.fullLengths = fullLengths;
    }

    static XlsxSharedStrings empty() {
        return new XlsxSharedStrings(List.of(), Map.of());
    }

    static XlsxSharedStrings read(InputStream in, String part, ReadLimits limits) throws ReadFailure {
        Handler h = new Handler(limits);
        Xml.parse(in, h, part);
        return new XlsxSharedStrings(h.strings, h.fullLengths);
    }

    int size() {
        return strings.size();
    }

    /** The cell for shared string i, or null if there is no such string. */
    CellValue cell(int column, int i) {
        if (i < 0 || i >= strings.size()) {
            return null;
        }
        Integer full = fullLengths.get(i);
        return full == null ? CellValue.text(column, strings.get(i)) : CellValue.longText(column, strings.get(i), full);
    }

    private static final class Handler extends DefaultHandler {
        private final ReadLimits limits;
        final List<String> strings = new ArrayList<>();
        final Map<Integer, Integer> fullLengths = new HashMap<>();
        private final StringBuilder text = new StringBuilder();
        private int length;
        private long total;
        private boolean inSi;
        private boolean inT;
        private int phonetic;

        Handler(ReadLimits limits) {
            this.limits = limits;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "si" -> {
                    inSi = true;
                    text.setLength(0);
                    length = 0;
                }
                case "rPh" -> phonetic++;
                case "t" -> inT = inSi && phonetic == 0;
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "si" -> {
                    inSi = false;
                    if (length > text.length()) {
                        fullLengths.put(strings.size(), length);
                    }
                    strings.add(OoxmlText.decode(text.toString()));
                }
                case "rPh" -> phonetic--;
                case "t" -> inT = false;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int len) throws Xml.Failure {
            if (!inT) {
                return;
            }
            length += len;
            total += len;
            if (total > limits.maxSharedChars()) {
                throw new Xml.Failure(new ReadFailure(String.format("the workbook's shared-string table holds more "
                        + "than %,d characters; refused", limits.maxSharedChars())));
            }
            int room = limits.maxCellChars() - text.length();
            if (room > 0) {
                text.append(ch, start, Math.min(room, len));
            }
        }
    }
}
