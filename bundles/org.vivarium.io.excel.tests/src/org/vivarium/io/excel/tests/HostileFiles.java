package org.vivarium.io.excel.tests;

import static org.vivarium.io.excel.tests.Workbooks.number;
import static org.vivarium.io.excel.tests.Workbooks.sheetXml;
import static org.vivarium.io.excel.tests.Workbooks.text;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Makers of damaged and hostile files: renamed programs, broken zips, zip bombs, XXE, encryption, huge sheets. */
final class HostileFiles {

    private HostileFiles() {
    }

    static Path bytes(Path file, int... b) throws IOException {
        byte[] data = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            data[i] = (byte) b[i];
        }
        return Files.write(file, data);
    }

    static Path padded(Path file, String head) throws IOException {
        byte[] data = Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), 2048);
        return Files.write(file, data);
    }

    static Path random(Path file) throws IOException {
        byte[] data = new byte[4096];
        new SplittableRandom(5).nextBytes(data);
        data[0] = 0;
        data[1] = 1;
        return Files.write(file, data);
    }

    /** A small valid workbook (made with POI). */
    static Path valid(Path file) throws IOException {
        return Workbooks.xlsx(file, "BW 0 h", new Object[][] {{"Animal", "Body weight (g)"}, {"A1", 20}, {"A2", 24}});
    }

    static Path truncated(Path file) throws IOException {
        valid(file);
        byte[] all = Files.readAllBytes(file);
        return Files.write(file, Arrays.copyOf(all, all.length / 2));
    }

    /** A workbook whose sheet's compressed data is overwritten with 0xFF (an invalid deflate block). */
    static Path corruptData(Path file) throws IOException {
        String rows = "<row r=\"1\">" + text("A1", "Animal") + text("B1", "Body weight (g)") + "</row>";
        Workbooks.raw(file, "BW 0 h", sheetXml(rows + "<row r=\"2\">" + text("A2", "A1") + number("B2", "20")
                + "</row>"), null);
        byte[] all = Files.readAllBytes(file);
        byte[] name = "xl/worksheets/sheet1.xml".getBytes(StandardCharsets.US_ASCII);
        int at = indexOf(all, name, 0);
        int data = at + name.length; // local header: name, then (no extra field) the data
        for (int i = data; i < Math.min(all.length, data + 40); i++) {
            all[i] = (byte) 0xFF;
        }
        return Files.write(file, all);
    }

    private static int indexOf(byte[] all, byte[] what, int from) {
        outer:
        for (int i = from; i <= all.length - what.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (all[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    static Path zip(Path file, String... nameAndContent) throws IOException {
        Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
        for (int i = 0; i < nameAndContent.length; i += 2) {
            parts.put(nameAndContent[i], nameAndContent[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return Workbooks.zip(file, parts);
    }

    /** A sheet part of ~80 MB of blanks that compresses to some 80 KB. */
    static Path zipBomb(Path file) throws IOException {
        Map<String, byte[]> parts = Workbooks.standardParts(false);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Workbooks.write(zip, parts);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(Workbooks.SHEET_START.getBytes(StandardCharsets.US_ASCII));
            byte[] blanks = new byte[1 << 20];
            Arrays.fill(blanks, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(blanks);
            }
            zip.write("</sheetData></worksheet>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return file;
    }

    static final String XXE = "<!DOCTYPE x [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";

    static Path xxeInSheet(Path file) throws IOException {
        return Workbooks.raw(file, sheetXml("<row r=\"1\">" + text("A1", "&xxe;") + "</row>").replace("?>",
                "?>" + XXE.replace("x [", "worksheet [")), null);
    }

    static Path xxeInSharedStrings(Path file) throws IOException {
        return Workbooks.raw(file, sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"),
                "<?xml version=\"1.0\"?>" + XXE.replace("x [", "sst [") + "<sst xmlns=\"http://schemas.openxmlformats"
                        + ".org/spreadsheetml/2006/main\"><si><t>&xxe;</t></si></sst>");
    }

    static Path xxeInWorkbook(Path file) throws IOException {
        Map<String, byte[]> parts = Workbooks.standardParts(false);
        parts.put("xl/workbook.xml", Workbooks.workbookXml(XXE.replace("x [", "workbook [")).getBytes(
                StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheetXml("").getBytes(StandardCharsets.UTF_8));
        return Workbooks.zip(file, parts);
    }

    static Path laughsInContentTypes(Path file) throws IOException {
        Map<String, byte[]> parts = Workbooks.standardParts(false);
        String ct = new String(parts.get("[Content_Types].xml"), StandardCharsets.UTF_8).replace("?>", "?>"
                + "<!DOCTYPE Types [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\">]>");
        parts.put("[Content_Types].xml", ct.replace("<Default Extension=\"xml\"", "<!-- &c; --><Default "
                + "Extension=\"xml\"").getBytes(StandardCharsets.UTF_8));
        parts.put("xl/worksheets/sheet1.xml", sheetXml("").getBytes(StandardCharsets.UTF_8));
        return Workbooks.zip(file, parts);
    }

    static Path encryptedXlsx(Path file) throws Exception {
        Path plain = file.resolveSibling("plain-" + file.getFileName());
        valid(plain);
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor enc = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            enc.confirmPassword("secret");
            try (OutputStream out = enc.getDataStream(fs)) {
                Files.copy(plain, out);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    static Path encryptedXls(Path file) throws IOException {
        Biff8EncryptionKey.setCurrentUserPassword("secret");
        try (HSSFWorkbook wb = new HSSFWorkbook()) {
            Workbooks.fill(wb, "BW 0 h", new Object[][] {{"Animal", "Body weight (g)"}, {"A1", 20}});
            try (OutputStream out = Files.newOutputStream(file)) {
                wb.write(out);
            }
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        return file;
    }

    static Path wordDocument(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        return file;
    }

    /** A sheet of 1,048,576 rows (a header and Excel's maximum of rows naming animal A1), written as raw XML. */
    static Path millionRows(Path file) throws IOException {
        Map<String, byte[]> parts = Workbooks.standardParts(false);
        parts.put("xl/workbook.xml", Workbooks.workbookXml("").replace("Sheet1", "BW 0 h").getBytes(
                StandardCharsets.UTF_8));
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Workbooks.write(zip, parts);
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            StringBuilder b = new StringBuilder(1 << 20);
            b.append(Workbooks.SHEET_START).append("<row r=\"1\">").append(text("A1", "Animal")).append(text("B1",
                            "Body weight (g)")).append("</row>");
            for (int r = 2; r <= 1_048_576; r++) {
                b.append("<row r=\"").append(r).append("\"><c r=\"A").append(r).append("\" t=\"inlineStr\"><is><t>A1"
                        + "</t></is></c></row>");
                if (b.length() > (1 << 20) - 200) {
                    zip.write(b.toString().getBytes(StandardCharsets.US_ASCII));
                    b.setLength(0);
                }
            }
            b.append("</sheetData></worksheet>");
            zip.write(b.toString().getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return file;
    }

    static String repeat(char c, int n) {
        char[] a = new char[n];
        Arrays.fill(a, c);
        return new String(a);
    }
}
