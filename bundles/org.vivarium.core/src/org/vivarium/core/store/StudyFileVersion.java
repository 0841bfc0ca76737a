package org.vivarium.core.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.vivarium.model.support.StudyResource;

/**
 * The study model version a file on disk was written with, read from the namespace URI at the start of its XMI
 * (without loading the study): the saves of a migrated study use it to keep the old version's file as the backup.
 */
final class StudyFileVersion {

    /** The root element and its namespace declarations fit in this many bytes (long attributes follow them). */
    private static final int HEAD_BYTES = 4096;
    private static final Pattern NAMESPACE = Pattern.compile(Pattern.quote(StudyFormat.NS_PREFIX) + "([0-9.]+)\"");

    private StudyFileVersion() {
    }

    /** The model version of a study file ("1.0"), or null when it is missing, unreadable or not a study. */
    static String of(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return versionIn(head(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Whether the file was written with a model version older than the current one. */
    static boolean isOlder(Path file) {
        String version = of(file);
        return version != null && StudyFormat.compareVersions(version, ModelVersions.CURRENT) < 0;
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] start = in.readNBytes(HEAD_BYTES);
            if (start.length < 4 || start[0] != 'P' || start[1] != 'K' || start[2] != 3 || start[3] != 4) {
                return start; // plain XMI
            }
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry xmi = zip.getEntry(StudyResource.XMI_ENTRY);
            if (xmi == null) {
                return new byte[0];
            }
            try (InputStream in = zip.getInputStream(xmi)) {
                return in.readNBytes(HEAD_BYTES);
            }
        }
    }

    private static String versionIn(byte[] head) {
        Matcher m = NAMESPACE.matcher(new String(head, StandardCharsets.UTF_8));
        return m.find() ? m.group(1) : null;
    }
}
