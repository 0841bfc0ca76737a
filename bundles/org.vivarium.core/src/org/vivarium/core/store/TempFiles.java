package org.vivarium.core.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.Set;

/**
 * Temporary files that are renamed over a target when complete (study saves, exports, templates, charts).
 * <p>
 * {@link Files#createTempFile} makes files only their owner can read ({@code rw-------}); renamed over a study on a
 * lab's group drive, that would lock the rest of the lab out. A temporary file made here gets the permissions the
 * target has, or, for a new target, those of any new file (the user's umask decides, as for every other program).
 */
public final class TempFiles {

    private static final SecureRandom RANDOM = new SecureRandom();

    private TempFiles() {
    }

    /** A new empty file {@code .<target name>.<random><suffix>} in the target's folder, with the target's permissions. */
    public static Path createBeside(Path target, String suffix) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        for (int attempt = 0;; attempt++) {
            Path temp = dir.resolve("." + absolute.getFileName() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36)
                    + suffix);
            try {
                Files.createFile(temp); // 0666 less the umask, like any new file
            } catch (FileAlreadyExistsException e) {
                if (attempt < 100) {
                    continue;
                }
                throw e;
            }
            copyPermissions(absolute, temp);
            return temp;
        }
    }

    private static void copyPermissions(Path from, Path to) throws IOException {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class);
        if (source == null || !Files.exists(from)) {
            return;
        }
        Set<PosixFilePermission> permissions = source.readAttributes().permissions();
        try {
            Files.getFileAttributeView(to, PosixFileAttributeView.class).setPermissions(permissions);
        } catch (IOException | SecurityException e) {
            // the new file keeps the default permissions; the content is what matters
        }
    }
}
