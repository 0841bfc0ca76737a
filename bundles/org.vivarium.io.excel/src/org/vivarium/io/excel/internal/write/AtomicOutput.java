package org.vivarium.io.excel.internal.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vivarium.core.store.AtomicFileWriter;

/**
 * Writes an output file (template, export, mapping) with the study store's {@link AtomicFileWriter}: a temporary
 * file in the same folder replaces the target only when complete, so a failed or cancelled write never leaves half a
 * file. Creates the folder first.
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
        AtomicFileWriter.write(absolute, content::write);
    }
}
