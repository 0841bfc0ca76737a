package org.vivarium.lab;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A libpq password file ({@code ~/.pgpass} or PGPASSFILE): lines {@code host:port:database:username:password}, the
 * first four fields may be {@code *}, {@code \:} and {@code \\} escape, {@code #} starts a comment. As libpq, the
 * file must not be readable by group or others; unlike libpq (which warns and ignores it), that is an error here.
 */
public final class PgPass {

    private PgPass() {
    }

    /** The password of the first line matching the URL, if any (no file: empty). */
    public static Optional<String> lookup(Path file, LabUrl url) throws LabException {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        checkPermissions(file);
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new LabException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        String port = Integer.toString(url.port());
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> f = fields(line);
            if (f.size() == 5 && matches(f.get(0), url.host()) && matches(f.get(1), port)
                    && matches(f.get(2), url.database()) && matches(f.get(3), url.user())) {
                return Optional.of(f.get(4));
            }
        }
        return Optional.empty();
    }

    private static void checkPermissions(Path file) throws LabException {
        Set<PosixFilePermission> p;
        try {
            p = Files.getPosixFilePermissions(file);
        } catch (UnsupportedOperationException e) {
            return; // not a POSIX file system (Windows): as libpq, no check
        } catch (IOException e) {
            throw new LabException("cannot read the password file " + file + ": " + e.getMessage(), e);
        }
        for (PosixFilePermission bad : Set.of(PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_EXECUTE)) {
            if (p.contains(bad)) {
                throw new LabException("the password file " + file
                        + " has group or world access: make it private with chmod 0600 " + file);
            }
        }
    }

    private static boolean matches(String pattern, String value) {
        return pattern.equals("*") || pattern.equals(value);
    }

    /** The fields of one line, split at unescaped colons (the last field takes the rest of the line). */
    static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                current.append(line.charAt(++i));
            } else if (c == ':' && fields.size() < 4) {
                fields.add(current.toString());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        fields.add(current.toString());
        return fields;
    }
}
