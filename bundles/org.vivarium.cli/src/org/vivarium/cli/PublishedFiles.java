package org.vivarium.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.vivarium.publish.PublishException;

/**
 * Writes a file of the publishing bundle (a print, a Prism file) the way {@link OutputFiles} writes exports: a write
 * failure is one line {@code OUT: could not write (reason)}; input the file cannot be made from (an unknown cohort,
 * assay or measure, nothing to print) is one line {@code STUDY: problem}; both exit 2 with nothing written.
 */
final class PublishedFiles {

    /** Writes the file; returns what the writer returns. */
    @FunctionalInterface
    interface Writing<T> {
        T run() throws IOException, PublishException;
    }

    /** Carries a publishing refusal through {@link OutputFiles}, which only passes IOExceptions. */
    private static final class Refusal extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Refusal(PublishException cause) {
            super(cause);
        }
    }

    private PublishedFiles() {
    }

    static <T> T write(Path study, Path out, Writing<T> writing) throws RejectedException {
        try {
            return OutputFiles.write(out, () -> {
                try {
                    return writing.run();
                } catch (PublishException e) {
                    throw new Refusal(e);
                }
            });
        } catch (Refusal r) {
            throw new RejectedException(List.of(study + ": " + r.getCause().getMessage()), null);
        }
    }
}
