package org.vivarium.io.excel.bench;

import org.vivarium.core.logging.QuietLog4j;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Iterator;

import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * The baseline of {@code vivarium bench import}: a bare streaming read of an .xlsx with POI's own event API
 * (XSSFReader, read-only shared strings, XSSFSheetXMLHandler), touching every cell and doing nothing else.
 */
public final class PoiBaseline {

    static {
        QuietLog4j.quiet();
    }

    /** Cells and rows read. */
    public record Count(long rows, long cells) {
    }

    private PoiBaseline() {
    }

    public static Count read(Path file) throws Exception {
        long[] counts = new long[2];
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            Iterator<InputStream> sheets = reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, new SheetContentsHandler() {
                        @Override
                        public void startRow(int rowNum) {
                            counts[0]++;
                        }

                        @Override
                        public void endRow(int rowNum) {
                            // nothing: a bare read
                        }

                        @Override
                        public void cell(String ref, String value, XSSFComment comment) {
                            counts[1]++;
                        }
                    }, new DataFormatter(), false));
                    parser.parse(new InputSource(in));
                }
            }
            pkg.revert();
        }
        return new Count(counts[0], counts[1]);
    }
}
