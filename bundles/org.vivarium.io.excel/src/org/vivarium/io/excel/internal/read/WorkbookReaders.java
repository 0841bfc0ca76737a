package org.vivarium.io.excel.internal.read;

import org.vivarium.core.logging.QuietLog4j;
import java.nio.file.Path;

/** Opens the right reader for a file, chosen by its content. */
public final class WorkbookReaders {

    static {
        QuietLog4j.quiet();
    }

    private WorkbookReaders() {
    }

    public static WorkbookReader open(Path file, ReadLimits limits) throws ReadFailure {
        return switch (FileSniffer.sniff(file)) {
            case XLSX -> XlsxReader.open(file, limits);
            case XLS -> XlsReader.open(file, limits);
            case CSV -> CsvReader.open(file, limits);
        };
    }
}
