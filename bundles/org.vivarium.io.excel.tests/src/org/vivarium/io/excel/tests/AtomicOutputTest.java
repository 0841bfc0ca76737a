package org.vivarium.io.excel.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.vivarium.io.excel.internal.write.AtomicOutput;

/** A full disk under a workbook being written is reported as the disk's failure, not as POI's "Fail to save". */
class AtomicOutputTest {

    /** A disk that is full after a few bytes. */
    private static final class FullDisk extends OutputStream {
        private int left = 100;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            left -= len;
            if (left < 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    @Test
    void aWorkbookThatCannotBeWrittenGivesTheDisksReason() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            wb.createSheet("S").createRow(0).createCell(0).setCellValue("x".repeat(10_000));
            Throwable poi = catchThrowable(() -> wb.write(new FullDisk()));
            assertThat(poi).isInstanceOf(RuntimeException.class).hasNoCause(); // what POI makes of it
            Throwable e = catchThrowable(() -> AtomicOutput.writeTo(new FullDisk(), wb::write));
            assertThat(e).isInstanceOf(IOException.class).hasMessage("No space left on device");
        }
    }

    @Test
    void otherFailuresOfTheWriterPassUnchanged() {
        IllegalStateException bug = new IllegalStateException("bug");
        assertThat(catchThrowable(() -> AtomicOutput.writeTo(OutputStream.nullOutputStream(), out -> {
            throw bug;
        }))).isSameAs(bug);
    }
}
