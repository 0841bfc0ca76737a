package org.vivarium.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a command's output file (export, template): a failure to write - a full disk, a read-only folder or file, a
 * file where a folder should be, a folder in the way - is one line {@code OUT: could not write (reason)}, exit 2,
 * never an internal error. The writers replace a file atomically, so an existing file is left as it was.
 */
final class OutputFiles {

    /** Writes the file; returns what the writer returns. */
    @FunctionalInterface
    interface Writing<T> {
        T run() throws IOException;
    }

    private OutputFiles() {
    }

    static <T> T write(Path out, Writing<T> writing) throws RejectedException {
        boolean existed = Files.exists(out, LinkOption.NOFOLLOW_LINKS);
        if (Files.isDirectory(out)) {
            throw failure(out, "it is a folder", false);
        }
        try {
            return writing.run();
        } catch (IOException e) {
            throw failure(out, reason(out, e), existed);
        } catch (RuntimeException e) {
            IOException io = ioCause(e);
            if (io == null) {
                throw e;
            }
            throw failure(out, reason(out, io), existed);
        }
    }

    private static RejectedException failure(Path out, String reason, boolean existed) {
        return new RejectedException(List.of(), out + ": could not write (" + reason + ")"
                + (existed ? "; the file on disk is unchanged" : ""));
    }

    private static IOException ioCause(Throwable e) {
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t instanceof IOException io) {
                return io;
            }
        }
        return null;
    }

    /** Why writing {@code out} failed, in words (the operating system's reason where there is one). */
    static String reason(Path out, Throwable e) {
        String where = e instanceof FileSystemException f && f.getFile() != null ? f.getFile() : null;
        boolean above = where != null && !Path.of(where).equals(out) && out.toAbsolutePath().startsWith(Path.of(
                where).toAbsolutePath());
        if (e instanceof FileAlreadyExistsException && where != null && !Files.isDirectory(Path.of(where))) {
            return where + " is a file, not a folder";
        }
        String reason;
        if (e instanceof AccessDeniedException) {
            reason = "Permission denied";
        } else if (e instanceof NoSuchFileException) {
            reason = "No such file or directory";
        } else if (e instanceof FileSystemException f) {
            reason = f.getReason() != null ? f.getReason() : e.getClass().getSimpleName();
        } else {
            reason = e.getMessage() != null && !e.getMessage().isBlank() ? e.getMessage()
                    : e.getClass().getSimpleName();
        }
        return above ? reason + ": " + where : reason;
    }
}
