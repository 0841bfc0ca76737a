package org.vivarium.io.excel.internal.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vivarium.core.study.CsvFormulas;
import org.vivarium.model.support.CountingInputStream;

/**
 * Reads delimited text as one sheet named after the file (as Excel shows a CSV file). The encoding comes from the
 * byte-order mark or the content; the separator (comma, semicolon, tab or bar) from the first lines, or from an
 * Excel {@code sep=;} line. Quoted fields may contain separators, quotes ("") and line breaks. A file written with
 * semicolons uses decimal commas (as Excel does in such locales). The apostrophe an export puts before text that
 * would run as a formula is removed ({@link CsvFormulas#restore(String)}).
 */
public final class CsvReader implements WorkbookReader {

    private final Path file;
    private final TextEncoding encoding;
    private final char separator;
    private final boolean sepLine;
    private final ReadLimits limits;
    private final SheetInfo sheet;

    private CsvReader(Path file, TextEncoding encoding, char separator, boolean sepLine, ReadLimits limits) {
        this.file = file;
        this.encoding = encoding;
        this.separator = separator;
        this.sepLine = sepLine;
        this.limits = limits;
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        this.sheet = new SheetInfo(dot > 0 ? name.substring(0, dot) : name, 0, false);
    }

    public static CsvReader open(Path file, ReadLimits limits) throws ReadFailure {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024);
        } catch (IOException e) {
            throw new ReadFailure("cannot be read (" + FileSniffer.describe(e) + ")", e);
        }
        TextEncoding encoding = TextEncoding.detect(head);
        if (encoding == null) {
            throw new ReadFailure("binary data (neither .xlsx, .xls nor text), not a spreadsheet; refused");
        }
        String sample = encoding.decode(head);
        boolean sepLine = sample.regionMatches(true, 0, "sep=", 0, 4) && sample.length() > 4;
        char separator = sepLine ? sample.charAt(4) : Separators.guess(sample);
        return new CsvReader(file, encoding, separator, sepLine, limits);
    }

    public char separator() {
        return separator;
    }

    @Override
    public boolean decimalComma() {
        return separator == ';';
    }

    @Override
    public List<SheetInfo> sheets() {
        return List.of(sheet);
    }

    @Override
    public List<CellRange> merges(SheetInfo s) {
        return List.of();
    }

    @Override
    public void read(SheetInfo s, RowSink sink, Progress progress) throws ReadFailure {
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            size = -1;
        }
        try (CountingInputStream counting = new CountingInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 16));
                Reader reader = new InputStreamReader(counting, encoding.charset())) {
            counting.skipNBytes(encoding.bomLength());
            new Parser(reader, sink, progress, counting, size).run();
        } catch (IOException e) {
            throw new ReadFailure("cannot be read (" + FileSniffer.describe(e) + ")", sheet.name(), -1, -1, e);
        }
    }

    @Override
    public void close() {
        // nothing is held open between reads
    }

    /** The RFC 4180 state machine, lenient about stray quotes inside unquoted fields. */
    private final class Parser {
        private final Reader in;
        private final RowSink sink;
        private final Progress progress;
        private final CountingInputStream counting;
        private final long size;
        private final char[] buffer = new char[1 << 16];
        private int pos;
        private int end;
        private final StringBuilder field = new StringBuilder();
        private CellValue[] cells = new CellValue[64];
        private int column;
        private int row;
        private int rowsWithContent;
        private int fieldLength;

        Parser(Reader in, RowSink sink, Progress progress, CountingInputStream counting, long size) {
            this.in = in;
            this.sink = sink;
            this.progress = progress;
            this.counting = counting;
            this.size = size;
        }

        private int next() throws IOException {
            if (pos == end) {
                end = in.read(buffer, 0, buffer.length);
                pos = 0;
                if (end <= 0) {
                    end = 0;
                    return -1;
                }
            }
            return buffer[pos++];
        }

        /** Steps back over the character just read (never after the end of the file). */
        private void unread() {
            pos--;
        }

        /** After a CR: reads the LF of a CR LF pair; a bare CR (old Mac line end) ends the line by itself. */
        private void skipLineFeed() throws IOException {
            int d = next();
            if (d >= 0 && d != '\n') {
                unread();
            }
        }

        void run() throws IOException, ReadFailure {
            if (sepLine) {
                int c;
                while ((c = next()) >= 0 && c != '\n' && c != '\r') {
                    // skip Excel's "sep=;" line
                }
                if (c == '\r') {
                    skipLineFeed();
                }
            }
            int c;
            boolean more = true;
            while (more) {
                c = next();
                if (c < 0) {
                    if (column > 0 || fieldLength > 0) {
                        endField();
                        more = endRecord();
                    }
                    break;
                }
                if (c == '"' && fieldLength == 0) {
                    quoted();
                } else if (c == separator) {
                    endField();
                } else if (c == '\n' || c == '\r') {
                    if (c == '\r') {
                        skipLineFeed();
                    }
                    endField();
                    more = endRecord();
                } else {
                    append((char) c);
                }
            }
        }

        private void quoted() throws IOException, ReadFailure {
            int startRow = row;
            int startColumn = column;
            fieldLength = 1; // the field has started even if it stays empty
            while (true) {
                int c = next();
                if (c < 0) {
                    throw new ReadFailure("a quoted field starts here but its closing quote is missing (the rest of "
                            + "the file would be one cell)", sheet.name(), startRow, startColumn, null);
                }
                if (c == '"') {
                    int d = next();
                    if (d == '"') {
                        append('"');
                        continue;
                    }
                    if (d >= 0) {
                        unread();
                    }
                    return;
                }
                append((char) c);
            }
        }

        private void append(char c) throws ReadFailure {
            if (c == 0) {
                throw new ReadFailure("the file contains binary data (a NUL character), it is not a text file; refused",
                        sheet.name(), row, column, null);
            }
            fieldLength++;
            if (field.length() >= limits.maxCellChars()) {
                throw new ReadFailure("a cell has more than " + String.format("%,d", limits.maxCellChars())
                        + " characters (Excel's limit per cell); refused", sheet.name(), row, column, null);
            }
            field.append(c);
        }

        private void endField() throws ReadFailure {
            if (column >= CellRefs.MAX_COLUMNS) {
                throw new ReadFailure("a row has more than " + String.format("%,d", CellRefs.MAX_COLUMNS)
                        + " columns (Excel's limit); refused", sheet.name(), row, column, null);
            }
            if (column >= cells.length) {
                cells = java.util.Arrays.copyOf(cells, Math.min(CellRefs.MAX_COLUMNS, cells.length * 2));
            }
            if (field.length() > 0) {
                cells[column] = CellValue.text(column, CsvFormulas.restore(field.toString()));
            }
            field.setLength(0);
            fieldLength = 0;
            column++;
        }

        private boolean endRecord() throws ReadFailure {
            boolean keepGoing = true;
            boolean any = false;
            for (int i = 0; i < column; i++) {
                if (cells[i] != null) {
                    any = true;
                    break;
                }
            }
            if (any) {
                if (++rowsWithContent > limits.maxRows()) {
                    throw RowLimit.exceeded(limits, sheet.name(), row);
                }
                if (row >= CellRefs.MAX_ROWS) {
                    throw RowLimit.beyondExcel(sheet.name(), row);
                }
                keepGoing = sink.row(new SheetRow(row, java.util.Arrays.copyOf(cells, column)));
                java.util.Arrays.fill(cells, 0, column, null);
            }
            column = 0;
            row++;
            if ((row & 1023) == 0) {
                progress.at(counting.count(), size);
            }
            return keepGoing;
        }
    }
}
