package org.vivarium.publish.prism;

import java.io.IOException;
import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.vivarium.core.study.Labels;
import org.vivarium.model.Study;

/**
 * Writes Prism's XML project format (.pzfx, PrismXMLVersion 5.00, which Prism 5 to 10 open): the project info
 * (study, protocol, PI, notes), the table sequence and each data table - TableType TwoWay with YFormat replicates for
 * grouped tables (RowTitlesColumn with the times since dose, one YColumn per arm with one Subcolumn per replicate),
 * OneWay for column tables; excluded values as {@code <d Excluded="1">}, empty cells as {@code <d/>}. Text that XML
 * cannot hold (control characters) is dropped.
 */
final class PzfxWriter {

    private final XMLStreamWriter xml;

    private PzfxWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(Study study, List<PrismTable> tables, List<String> notes, OutputStream out)
            throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new PzfxWriter(xml).document(study, tables, notes);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("could not write the Prism XML: " + e.getMessage(), e);
        }
    }

    private void document(Study study, List<PrismTable> tables, List<String> notes) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("GraphPadPrismFile");
        xml.writeAttribute("PrismXMLVersion", "5.00");
        nl();
        xml.writeStartElement("Created");
        xml.writeEmptyElement("OriginalVersion");
        xml.writeAttribute("CreatedByProgram", "Vivarium");
        xml.writeAttribute("CreatedByVersion", "1.0");
        xml.writeAttribute("Login", "");
        xml.writeAttribute("DateTime", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(
                DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        xml.writeEndElement();
        nl();
        xml.writeStartElement("InfoSequence");
        ref("Info0", true);
        xml.writeEndElement();
        nl();
        info(study, notes);
        xml.writeStartElement("TableSequence");
        xml.writeAttribute("Selected", "1");
        for (int i = 0; i < tables.size(); i++) {
            ref("Table" + i, i == 0);
        }
        xml.writeEndElement();
        nl();
        for (int i = 0; i < tables.size(); i++) {
            table("Table" + i, tables.get(i));
        }
        xml.writeEndElement();
        nl();
        xml.writeEndDocument();
    }

    private void ref(String id, boolean selected) throws XMLStreamException {
        xml.writeEmptyElement("Ref");
        xml.writeAttribute("ID", id);
        if (selected) {
            xml.writeAttribute("Selected", "1");
        }
    }

    private void info(Study study, List<String> notes) throws XMLStreamException {
        xml.writeStartElement("Info");
        xml.writeAttribute("ID", "Info0");
        element("Title", Labels.name(study));
        xml.writeStartElement("Notes");
        for (int i = 0; i < notes.size(); i++) {
            if (i > 0) {
                xml.writeEmptyElement("BR");
            }
            text(notes.get(i));
        }
        xml.writeEndElement();
        constant("Experiment ID", study.getId());
        constant("Project", study.getTitle());
        constant("Experimenter", study.getPrincipalInvestigator());
        constant("Protocol", study.getProtocolNumber());
        xml.writeEndElement();
        nl();
    }

    private void constant(String name, String value) throws XMLStreamException {
        xml.writeStartElement("Constant");
        element("Name", name);
        element("Value", value == null ? "" : value);
        xml.writeEndElement();
    }

    private void table(String id, PrismTable table) throws XMLStreamException {
        int replicates = table.replicates();
        xml.writeStartElement("Table");
        xml.writeAttribute("ID", id);
        xml.writeAttribute("XFormat", "none");
        xml.writeAttribute("YFormat", "replicates");
        xml.writeAttribute("Replicates", Integer.toString(replicates));
        xml.writeAttribute("TableType", table.grouped() ? "TwoWay" : "OneWay");
        xml.writeAttribute("EVFormat", "AsteriskAfterNumber");
        nl();
        element("Title", table.title());
        nl();
        if (table.grouped()) {
            xml.writeStartElement("RowTitlesColumn");
            xml.writeAttribute("Width", "60");
            xml.writeStartElement("Subcolumn");
            for (String row : table.rowTitles()) {
                element("d", row);
            }
            xml.writeEndElement();
            xml.writeEndElement();
            nl();
        }
        for (PrismTable.Column column : table.columns()) {
            column(table, column, replicates);
        }
        xml.writeEndElement();
        nl();
    }

    private void column(PrismTable table, PrismTable.Column column, int replicates) throws XMLStreamException {
        xml.writeStartElement("YColumn");
        xml.writeAttribute("Width", Integer.toString(Math.min(81 * replicates, 8000)));
        xml.writeAttribute("Decimals", Integer.toString(table.decimals()));
        xml.writeAttribute("Subcolumns", Integer.toString(replicates));
        element("Title", column.title());
        for (int i = 0; i < replicates; i++) {
            xml.writeStartElement("Subcolumn");
            List<PrismTable.Cell> cells = i < column.subcolumns().size() ? column.subcolumns().get(i) : null;
            int rows = table.grouped() ? table.rowTitles().size() : cells == null ? 0 : cells.size();
            for (int r = 0; r < rows; r++) {
                PrismTable.Cell cell = cells == null || r >= cells.size() ? null : cells.get(r);
                if (cell == null) {
                    xml.writeEmptyElement("d");
                    continue;
                }
                xml.writeStartElement("d");
                if (cell.excluded()) {
                    xml.writeAttribute("Excluded", "1");
                }
                xml.writeCharacters(number(cell.value()));
                xml.writeEndElement();
            }
            xml.writeEndElement();
        }
        xml.writeEndElement();
        nl();
    }

    /** A number as Prism reads it: plain decimal, point as separator, no exponent for ordinary values. */
    static String number(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.toLowerCase(Locale.ROOT);
    }

    private void element(String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        text(text);
        xml.writeEndElement();
    }

    private void text(String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().filter(c -> c == '\t' || c == '\n' || c >= 0x20 && c != 0xFFFE && c != 0xFFFF).forEach(
                b::appendCodePoint);
        xml.writeCharacters(b.toString());
    }

    private void nl() throws XMLStreamException {
        xml.writeCharacters("\n");
    }
}
