package org.vivarium.core.store;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file so that a crash at any moment leaves either the old or the new content, never a mix:
 * <ol>
 * <li>write a temporary file in the same folder (with the target's permissions, see {@link TempFiles}) and force it
 * to disk;</li>
 * <li>for study files, keep the current file as {@code <name>.bak} (a hard link, or a copy where links are not
 * supported);</li>
 * <li>rename the temporary file over the target (atomic on POSIX file systems) and force the folder entry.</li>
 * </ol>
 * Study saves, exports, entry templates, mapping files and exported charts are all written this way.
 */
public final class AtomicFileWriter {

    /** Writes the content of a file. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    static final String BACKUP_SUFFIX = ".bak";
    private static final String TEMP_SUFFIX = ".tmp";

    private AtomicFileWriter() {
    }

    static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + BACKUP_SUFFIX);
    }

    /** Replaces the target with the content, or leaves it as it was when writing fails. */
    public static void write(Path target, Content content) throws IOException {
        write(target, content, false);
    }

    /**
     * As {@link #write(Path, Content)}; with {@code backup}, the file it replaces becomes {@code <name>.bak}, without,
     * an existing {@code .bak} stays as it is.
     */
    static void write(Path target, Content content, boolean backup) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path temp = TempFiles.createBeside(target, TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream out = new FilterOutputStream(Channels.newOutputStream(channel)) {
                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        this.out.write(b, off, len);
                    }

                    @Override
                    public void close() throws IOException {
                        flush(); // writers such as POI close the stream; the file is forced to disk first
                    }
                };
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (backup && Files.exists(target)) {
                keepBackup(target);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            forceDirectory(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Deletes temporary files left by saves that were interrupted (only call while holding the study's lock). */
    static void deleteLeftovers(Path target) {
        Path dir = target.toAbsolutePath().getParent();
        String glob = "." + target.getFileName() + ".*" + TEMP_SUFFIX;
        try (DirectoryStream<Path> leftovers = Files.newDirectoryStream(dir, glob)) {
            for (Path p : leftovers) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // harmless: they are only taking space
        }
    }

    private static void keepBackup(Path target) throws IOException {
        Path backup = backupOf(target);
        Files.deleteIfExists(backup);
        try {
            Files.createLink(backup, target);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(target, backup, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void forceDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // not supported on every platform; the rename itself has happened
        }
    }
}
