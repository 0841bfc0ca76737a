package org.vivarium.io.excel.internal.read;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** The sheet list (names, relationship ids, hidden state) and date system of workbook.xml. */
final class XlsxWorkbook {

    record Sheet(String name, String relationId, boolean hidden) {
    }

    final List<Sheet> sheets = new ArrayList<>();
    boolean date1904;

    static XlsxWorkbook read(InputStream in, String part) throws ReadFailure {
        XlsxWorkbook wb = new XlsxWorkbook();
        Xml.parse(in, new DefaultHandler() {
            @Override
            public void startElement(String uri, String localName, String qName, Attributes atts) {
                if (localName.equals("sheet")) {
                    String id = null;
                    for (int i = 0; i < atts.getLength(); i++) {
                        if (atts.getLocalName(i).equals("id") && atts.getURI(i).contains("relationships")) {
                            id = atts.getValue(i);
                        }
                    }
                    String state = atts.getValue("state");
                    String name = atts.getValue("name");
                    if (id != null && name != null) {
                        wb.sheets.add(new Sheet(name, id, state != null && !state.equals("visible")));
                    }
                } else if (localName.equals("workbookPr")) {
                    String d = atts.getValue("date1904");
                    wb.date1904 = "1".equals(d) || "true".equalsIgnoreCase(d);
                }
            }
        }, part);
        return wb;
    }
}
