package org.vivarium.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.vivarium.core.store.OpenStudy;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.ui.session.StudySessions;

/**
 * The study the workbench opens on start-up, read ahead: {@link #readAhead()} starts reading it in a background
 * thread as the application starts, while the workbench builds its window on the UI thread (the two take about as
 * long), and {@link OpenStudies#openInitial} takes it once the window shows.
 */
public final class InitialStudy {

    /** The file and the study read from it. */
    record Loaded(Path file, ReadStudy study) {
    }

    private static CompletableFuture<Loaded> ahead;

    private InitialStudy() {
    }

    /** Starts reading the study of last time (else the demo, written on first start) in a background thread. */
    public static synchronized void readAhead() {
        if (ahead != null) {
            return;
        }
        CompletableFuture<Loaded> future = new CompletableFuture<>();
        ahead = future;
        Thread reader = new Thread(() -> {
            Path file = null;
            try {
                file = OpenStudies.initialFile();
                future.complete(new Loaded(file, StudySessions.load(file, true)));
            } catch (IOException e) {
                future.completeExceptionally(e);
            } catch (RuntimeException e) { // as when read in the foreground: a store error naming the file
                future.completeExceptionally(file == null ? new IOException(String.valueOf(e.getMessage()), e)
                        : OpenStudies.storeFailure(file).apply(String.valueOf(e.getMessage()), e));
            }
        }, "vivarium-initial-study");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * The study read ahead (waiting for it with a busy cursor if it is not read yet), or read now when none was read
     * ahead or it was taken already.
     */
    static Loaded take() throws IOException {
        CompletableFuture<Loaded> future = takeFuture();
        if (future == null) {
            Path file = OpenStudies.initialFile();
            return new Loaded(file, OpenStudies.load(file, true));
        }
        if (!future.isDone()) {
            Busy.run("Opening the study", RuntimeException.class, monitor -> future.handle((l, e) -> l).join(),
                    (message, cause) -> new IllegalStateException(message, cause)); // the failure comes below
        }
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while opening the study", e);
        }
    }

    /**
     * Lets go of a study read ahead but never shown (the workbench ended before its window opened): its lock is
     * released.
     */
    public static void discard() {
        CompletableFuture<Loaded> future = takeFuture();
        if (future != null) {
            future.thenAccept(loaded -> {
                if (loaded.study() instanceof OpenStudy open) {
                    open.close();
                }
            });
        }
    }

    private static synchronized CompletableFuture<Loaded> takeFuture() {
        CompletableFuture<Loaded> future = ahead;
        ahead = null;
        return future;
    }
}
