package org.vivarium.io.excel.internal.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Finds out what a file really is from its first bytes and, for containers, from the names of their entries. Files
 * that are not a readable spreadsheet are refused with a message that says what they are and what to do.
 */
public final class FileSniffer {

    static final int SAMPLE = 8192;

    private FileSniffer() {
    }

    /** The format of a readable spreadsheet file; a {@link ReadFailure} says why anything else is refused. */
    public static FileKind sniff(Path file) throws ReadFailure {
        byte[] head = head(file);
        if (head.length == 0) {
            throw new ReadFailure("the file is empty");
        }
        if (startsWith(head, 'P', 'K', 3, 4) || startsWith(head, 'P', 'K', 5, 6)) {
            return zip(file);
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return ole2(file);
        }
        String binary = binaryKind(head);
        if (binary != null) {
            throw new ReadFailure(binary + ", not a spreadsheet; refused");
        }
        String text = TextEncoding.detect(head).decode(head).strip().toLowerCase(Locale.ROOT);
        if (text.startsWith("<?xml") || text.startsWith("<")) {
            if (text.contains("urn:schemas-microsoft-com:office:spreadsheet")) {
                throw new ReadFailure("an Excel 2003 XML spreadsheet, which Vivarium does not read; open it in Excel "
                        + "or LibreOffice and save it as .xlsx");
            }
            if (text.contains("<html") || text.contains("<table") || text.contains("<!doctype html")) {
                throw new ReadFailure("a web page (HTML) saved with a spreadsheet name; open it in Excel or "
                        + "LibreOffice and save it as .xlsx");
            }
            throw new ReadFailure("an XML document, not a spreadsheet; refused");
        }
        if (text.startsWith("{\\rtf")) {
            throw new ReadFailure("an RTF document, not a spreadsheet; refused");
        }
        return FileKind.CSV;
    }

    private static byte[] head(Path file) throws ReadFailure {
        if (Files.isDirectory(file)) {
            throw new ReadFailure("is a folder, not a file");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw new ReadFailure("cannot be read (" + describe(e) + ")", e);
        }
    }

    /** What a binary file is, or null if it looks like text. */
    static String binaryKind(byte[] b) {
        if (startsWith(b, 'M', 'Z')) {
            return "a Windows program (.exe/.dll)";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "a Linux program (ELF)";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0x89, 'P', 'N', 'G') || startsWith(b, 0xFF, 0xD8, 0xFF)
                || startsWith(b, 'G', 'I', 'F', '8')) {
            return "an image";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "a gzip archive";
        }
        if (startsWith(b, '7', 'z', 0xBC, 0xAF) || startsWith(b, 'R', 'a', 'r', '!')) {
            return "a compressed archive (7z/RAR)";
        }
        if (startsWith(b, 0x09, 0x08) || startsWith(b, 0x09, 0x04) || startsWith(b, 0x09, 0x02)) {
            return "an Excel 2.x-4.0 worksheet, too old to read (save it as .xlsx)";
        }
        if (TextEncoding.detect(b) == null) {
            return "binary data (neither .xlsx, .xls nor text)";
        }
        return null;
    }

    private static FileKind zip(Path file) throws ReadFailure {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            if (zip.getEntry("[Content_Types].xml") != null) {
                if (zip.getEntry("xl/workbook.bin") != null) {
                    throw new ReadFailure("a binary Excel workbook (.xlsb), which Vivarium does not read; save it as "
                            + ".xlsx in Excel");
                }
                if (zip.stream().anyMatch(e -> e.getName().startsWith("xl/"))) {
                    return FileKind.XLSX;
                }
                if (zip.getEntry("word/document.xml") != null) {
                    throw new ReadFailure("a Word document (.docx), not a workbook; refused");
                }
                if (zip.stream().anyMatch(e -> e.getName().startsWith("ppt/"))) {
                    throw new ReadFailure("a PowerPoint presentation (.pptx), not a workbook; refused");
                }
                throw new ReadFailure("an Office Open XML package without a workbook in it; refused");
            }
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype != null) {
                String type;
                try (InputStream in = zip.getInputStream(mimetype)) {
                    type = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                }
                if (type.contains("opendocument.spreadsheet")) {
                    throw new ReadFailure("an OpenDocument spreadsheet (.ods), which Vivarium does not read; open it "
                            + "in LibreOffice and save it as .xlsx (File > Save As > Excel 2007-365)");
                }
                throw new ReadFailure("an OpenDocument file (" + type.strip() + "), not a workbook; refused");
            }
            throw new ReadFailure("a zip archive without a workbook in it; refused");
        } catch (ZipException e) {
            throw new ReadFailure("is a damaged or truncated zip archive (an .xlsx file is a zip archive); refused", e);
        } catch (IOException e) {
            throw new ReadFailure("cannot be read (" + describe(e) + ")", e);
        }
    }

    private static FileKind ole2(Path file) throws ReadFailure {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptedPackage") || root.hasEntryCaseInsensitive("EncryptionInfo")) {
                throw encrypted();
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return FileKind.XLS;
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                throw new ReadFailure("a Word 97-2003 document (.doc), not a workbook; refused");
            }
            throw new ReadFailure("an OLE2 compound file (e.g. .doc, .msg), not a workbook; refused");
        } catch (IOException | RuntimeException e) {
            throw new ReadFailure("is a damaged Excel 97-2003 (.xls) file: " + describe(e), e);
        }
    }

    /** The message for a password-protected workbook. */
    public static ReadFailure encrypted() {
        return new ReadFailure("the workbook is password-protected (encrypted); open it in Excel, remove the password "
                + "(File > Info > Protect Workbook > Encrypt with Password) and save it again");
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An exception's message without class names or stack traces (for people). */
    public static String describe(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return e.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        }
        m = m.strip();
        int nl = m.indexOf('\n');
        return nl > 0 ? m.substring(0, nl).strip() : m;
    }
}
