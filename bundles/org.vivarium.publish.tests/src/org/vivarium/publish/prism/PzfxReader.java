package org.vivarium.publish.prism;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A small .pzfx reader following the R package pzfx (read_pzfx, read_col, read_subcol) and the Python package pzfx:
 * the tables are the Table elements in the order of TableSequence's Refs; a table has a Title, XFormat, YFormat and
 * TableType, an optional RowTitlesColumn, and YColumns with a Title and Subcolumns of d elements; {@code Excluded="1"}
 * marks a struck value, an empty d a missing one.
 */
final class PzfxReader {

    record Value(Double number, boolean excluded) {
    }

    record Column(String title, int declaredSubcolumns, List<List<Value>> subcolumns) {
    }

    record Table(String id, String title, String xFormat, String yFormat, String tableType, int replicates,
            List<String> rowTitles, List<Column> columns) {
    }

    private PzfxReader() {
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return f.newDocumentBuilder().parse(file.toFile());
    }

    static List<Table> tables(Document doc) {
        Element root = doc.getDocumentElement();
        if (!root.getTagName().equals("GraphPadPrismFile") || !"5.00".equals(root.getAttribute("PrismXMLVersion"))) {
            throw new AssertionError("not a Prism 5 XML file: " + root.getTagName());
        }
        List<String> refs = new ArrayList<>();
        for (Element seq : children(root, "TableSequence")) {
            for (Element ref : children(seq, "Ref")) {
                refs.add(ref.getAttribute("ID"));
            }
        }
        List<Table> tables = new ArrayList<>();
        for (String id : refs) {
            Element t = children(root, "Table").stream().filter(e -> e.getAttribute("ID").equals(id)).findFirst()
                    .orElseThrow(() -> new AssertionError("TableSequence names " + id + ", no such Table"));
            List<String> rowTitles = new ArrayList<>();
            for (Element rc : children(t, "RowTitlesColumn")) {
                for (Element sub : children(rc, "Subcolumn")) {
                    children(sub, "d").forEach(d -> rowTitles.add(d.getTextContent()));
                }
            }
            List<Column> columns = new ArrayList<>();
            for (Element y : children(t, "YColumn")) {
                List<List<Value>> subs = new ArrayList<>();
                for (Element sub : children(y, "Subcolumn")) {
                    List<Value> values = new ArrayList<>();
                    for (Element d : children(sub, "d")) {
                        String text = d.getTextContent().strip();
                        values.add(new Value(text.isEmpty() ? null : Double.valueOf(text), "1".equals(d
                                .getAttribute("Excluded"))));
                    }
                    subs.add(values);
                }
                columns.add(new Column(text(y, "Title"), Integer.parseInt(y.getAttribute("Subcolumns")), subs));
            }
            tables.add(new Table(id, text(t, "Title"), t.getAttribute("XFormat"), t.getAttribute("YFormat"), t
                    .getAttribute("TableType"), Integer.parseInt(t.getAttribute("Replicates")), rowTitles, columns));
        }
        return tables;
    }

    static String text(Element e, String child) {
        List<Element> c = children(e, child);
        return c.isEmpty() ? null : c.get(0).getTextContent();
    }

    static List<Element> children(Element e, String name) {
        List<Element> list = new ArrayList<>();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && el.getTagName().equals(name)) {
                list.add(el);
            }
        }
        return list;
    }
}
