package org.vivarium.ui.session;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;

/** The folders file dialogs start in: the open study's, the workspace's studies folder, the last import's. */
public final class Folders {

    private static final String LAST_IMPORT_FOLDER = "lastImportFolder";

    private Folders() {
    }

    /**
     * The folder file dialogs start in: the open study's folder, else the workspace's studies folder (created on
     * demand), else the home folder.
     */
    public static String dialogFolder() {
        StudySession session = StudySessions.current();
        if (session != null && session.file() != null && session.file().toAbsolutePath().getParent() != null) {
            return session.file().toAbsolutePath().getParent().toString();
        }
        try {
            Path dir = studiesFolder();
            Files.createDirectories(dir);
            return dir.toString();
        } catch (IOException e) {
            return System.getProperty("user.home");
        }
    }

    /** The workspace's {@code studies} folder (where the demo study is written), else {@code ~/.vivarium/studies}. */
    public static Path studiesFolder() {
        try {
            if (Platform.getInstanceLocation() != null && Platform.getInstanceLocation().getURL() != null) {
                return Path.of(Platform.getInstanceLocation().getURL().toURI()).resolve("studies");
            }
        } catch (URISyntaxException | IllegalArgumentException e) {
            // fall back to the home folder
        }
        return Path.of(System.getProperty("user.home"), ".vivarium", "studies");
    }

    /** The folder a file was last imported from (technicians import from the same shared folder), else null. */
    public static String lastImportFolder() {
        String folder = preferences().get(LAST_IMPORT_FOLDER, null);
        return folder != null && Files.isDirectory(Path.of(folder)) ? folder : null;
    }

    /** Remembers the folder of a file chosen for import, for the next import. */
    public static void rememberImportFolder(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null) {
            Preferences p = preferences();
            p.put(LAST_IMPORT_FOLDER, folder.toString());
            try {
                p.flush();
            } catch (BackingStoreException e) {
                // only a convenience for the next import
            }
        }
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.vivarium.ui");
    }
}
