package org.vivarium.testing;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * Starts a separate JVM running a main class of a test, with the classes of the given bundles on its class path -
 * for tests that must kill a process (crash safety) or hold a lock from another process.
 */
public final class ChildJvm {

    private ChildJvm() {
    }

    /** A process builder for {@code java -cp <bundles of the classes> main args...}. */
    public static ProcessBuilder builder(Class<?> main, List<Class<?>> classpathOf, String... args) {
        Set<String> entries = new LinkedHashSet<>();
        for (Class<?> c : classpathOf) {
            entries.addAll(locations(c));
        }
        entries.addAll(locations(main));
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, entries));
        command.add(main.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** Where the classes of the class's bundle are: its jar, or its output folders when it is a project folder. */
    static List<String> locations(Class<?> c) {
        List<String> result = new ArrayList<>();
        Path path = null;
        try {
            if (c.getProtectionDomain().getCodeSource() != null
                    && c.getProtectionDomain().getCodeSource().getLocation() != null) {
                path = Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
            }
        } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
            path = null;
        }
        if (path == null) {
            Bundle bundle = FrameworkUtil.getBundle(c);
            String location = bundle.getLocation();
            location = location.substring(location.indexOf("file:") + "file:".length());
            path = Path.of(location);
        }
        if (Files.isDirectory(path)) {
            for (String sub : List.of("target/classes", "target/test-classes", "bin")) {
                if (Files.isDirectory(path.resolve(sub))) {
                    result.add(path.resolve(sub).toString());
                }
            }
        }
        result.add(path.toString());
        return result;
    }
}
