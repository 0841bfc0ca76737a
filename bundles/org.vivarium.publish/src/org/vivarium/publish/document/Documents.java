package org.vivarium.publish.document;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.vivarium.core.store.AtomicFileWriter;
import org.vivarium.publish.PublishException;

/**
 * Writes a {@link Document} as PDF or Word, chosen by the file's extension ({@code .pdf}, {@code .docx}), atomically:
 * a failure leaves no partial file and an existing file as it was.
 */
public final class Documents {

    /** The formats a document is written in. */
    public enum Format {
        PDF, DOCX;

        /** The format of a file name, or null when its extension is neither .pdf nor .docx. */
        public static Format of(Path file) {
            String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".pdf") ? PDF : name.endsWith(".docx") ? DOCX : null;
        }
    }

    private Documents() {
    }

    /** The format of the output file, or a PublishException naming the allowed extensions. */
    public static Format format(Path out) throws PublishException {
        Format f = Format.of(out);
        if (f == null) {
            throw new PublishException(out + ": a document is written as .pdf or .docx");
        }
        return f;
    }

    /**
     * Writes the document to {@code out} (.pdf or .docx) on paper of the given size.
     *
     * @return the number of pages of a PDF; 0 for a .docx, whose pages Word lays out
     */
    public static int write(Document document, Path out, PageSize size) throws IOException, PublishException {
        Format format = format(out);
        int[] pages = { 0 };
        AtomicFileWriter.write(out, stream -> {
            if (format == Format.PDF) {
                pages[0] = PdfWriter.write(document, size, stream);
            } else {
                DocxWriter.write(document, size, stream);
            }
        });
        return pages[0];
    }
}
