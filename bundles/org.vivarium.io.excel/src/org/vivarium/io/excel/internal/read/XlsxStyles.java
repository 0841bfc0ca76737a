package org.vivarium.io.excel.internal.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.vivarium.io.excel.internal.read.CellValue.NumberFormat;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Which cell styles of an .xlsx show numbers as dates or times (read from styles.xml with a small SAX pass). */
final class XlsxStyles {

    private final NumberFormat[] byStyle;

    private XlsxStyles(NumberFormat[] byStyle) {
        this.byStyle = byStyle;
    }

    static XlsxStyles none() {
        return new XlsxStyles(new NumberFormat[0]);
    }

    static XlsxStyles read(InputStream in, String part) throws ReadFailure {
        Handler h = new Handler();
        Xml.parse(in, h, part);
        NumberFormat[] formats = new NumberFormat[h.xfFormats.size()];
        for (int i = 0; i < formats.length; i++) {
            int id = h.xfFormats.get(i);
            String code = h.codes.containsKey(id) ? h.codes.get(id) : BuiltinFormats.getBuiltinFormat(id);
            formats[i] = kind(id, code);
        }
        return new XlsxStyles(formats);
    }

    NumberFormat format(int style) {
        return style >= 0 && style < byStyle.length ? byStyle[style] : NumberFormat.PLAIN;
    }

    /** DATE for formats with a day or year, TIME for those with only hours/minutes/seconds, else PLAIN. */
    static NumberFormat kind(int id, String code) {
        if (code == null || !DateUtil.isADateFormat(id, code)) {
            return NumberFormat.PLAIN;
        }
        String c = code.toLowerCase(Locale.ROOT).replaceAll("\"[^\"]*\"", "").replaceAll("\\[(?![hms]+\\])[^\\]]*\\]",
                "");
        return c.indexOf('y') >= 0 || c.indexOf('d') >= 0 || c.contains("mmm") ? NumberFormat.DATE : NumberFormat.TIME;
    }

    private static final class Handler extends DefaultHandler {
        final Map<Integer, String> codes = new HashMap<>();
        final List<Integer> xfFormats = new ArrayList<>();
        boolean inCellXfs;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "numFmt" -> {
                    Integer id = integer(atts.getValue("numFmtId"));
                    if (id != null && atts.getValue("formatCode") != null) {
                        codes.put(id, atts.getValue("formatCode"));
                    }
                }
                case "cellXfs" -> inCellXfs = true;
                case "xf" -> {
                    if (inCellXfs && xfFormats.size() < 100_000) {
                        Integer id = integer(atts.getValue("numFmtId"));
                        xfFormats.add(id == null ? 0 : id);
                    }
                }
                default -> {
                }
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (localName.equals("cellXfs")) {
                inCellXfs = false;
            }
        }

        private static Integer integer(String s) {
            try {
                return s == null ? null : Integer.valueOf(s.strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
