package org.vivarium.io.excel.internal.write;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vivarium.core.store.AtomicFileWriter;

/**
 * Writes an output file (template, export, mapping) with the study store's {@link AtomicFileWriter}: a temporary
 * file in the same folder replaces the target only when complete, so a failed or cancelled write never leaves half a
 * file. Creates the folder first. When writing to the file fails (a full disk), that failure is what the caller gets,
 * even from a writer such as POI that wraps it in an exception of its own without the cause.
 */
public final class AtomicOutput {

    /** Writes the content. */
    @FunctionalInterface
    public interface Content {
        void write(OutputStream out) throws IOException;
    }

    private AtomicOutput() {
    }

    public static void write(Path target, Content content) throws IOException {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        AtomicFileWriter.write(absolute, out -> writeTo(out, content));
    }

    /**
     * Writes the content to the stream; if it fails after the stream failed, throws the stream's failure (with the
     * writer's exception as suppressed).
     */
    public static void writeTo(OutputStream out, Content content) throws IOException {
        Recording recording = new Recording(out);
        try {
            content.write(recording);
        } catch (IOException | RuntimeException e) {
            IOException cause = recording.failure;
            if (cause == null || cause == e) {
                throw e;
            }
            cause.addSuppressed(e);
            throw cause;
        }
    }

    /** Remembers the first exception of the stream it writes to. */
    private static final class Recording extends FilterOutputStream {

        IOException failure;

        Recording(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw record(e);
            }
        }

        @Override
        public void close() throws IOException {
            try {
                out.close();
            } catch (IOException e) {
                throw record(e);
            }
        }

        private IOException record(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
