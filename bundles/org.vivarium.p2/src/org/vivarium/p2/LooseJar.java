package org.vivarium.p2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * A bundle jar that p2 did not install: dropped into {@code dropins/} (the reconciler installs it at the next start
 * if it can) or copied into {@code plugins/} by hand (never loaded: not in bundles.info).
 *
 * @param file the jar or folder
 * @param relative its path in the product, e.g. "dropins/x.jar"
 * @param dropins true for dropins/, false for plugins/
 * @param symbolicName its Bundle-SymbolicName (without directives)
 * @param version its Bundle-Version
 * @param headers its manifest's main headers
 */
public record LooseJar(Path file, String relative, boolean dropins, String symbolicName, String version,
        Map<String, String> headers) {

    private static final String BUNDLES_INFO = "configuration/org.eclipse.equinox.simpleconfigurator/bundles.info";

    /** The bundles in dropins/ and the ones in plugins/ that bundles.info does not list. */
    public static List<LooseJar> find(Path product) {
        List<LooseJar> out = new ArrayList<>();
        Path dropins = product.resolve("dropins");
        if (Files.isDirectory(dropins)) {
            try (Stream<Path> s = Files.walk(dropins, 4)) {
                s.filter(p -> p.toString().endsWith(".jar")).sorted()
                        .forEach(p -> read(product, p, true).ifPresent(out::add));
            } catch (IOException e) {
                // unreadable dropins: nothing to report
            }
        }
        Path info = product.resolve(BUNDLES_INFO);
        Path plugins = product.resolve("plugins");
        if (Files.isRegularFile(info) && Files.isDirectory(plugins)) {
            Set<String> listed = listed(info);
            try (Stream<Path> s = Files.list(plugins)) {
                s.filter(p -> !listed.contains("plugins/" + p.getFileName())).sorted()
                        .forEach(p -> read(product, p, false).ifPresent(out::add));
            } catch (IOException e) {
                // unreadable plugins/: nothing to report
            }
        }
        return out;
    }

    private static Set<String> listed(Path info) {
        Set<String> out = new HashSet<>();
        try {
            for (String line : Files.readAllLines(info)) {
                String[] f = line.split(",");
                if (!line.startsWith("#") && f.length > 2) {
                    out.add(f[2].replaceAll("/+$", ""));
                }
            }
        } catch (IOException e) {
            // none listed
        }
        return out;
    }

    private static java.util.Optional<LooseJar> read(Path product, Path p, boolean dropins) {
        Manifest m = null;
        try {
            if (Files.isDirectory(p)) {
                Path mf = p.resolve("META-INF/MANIFEST.MF");
                if (Files.isRegularFile(mf)) {
                    try (var in = Files.newInputStream(mf)) {
                        m = new Manifest(in);
                    }
                }
            } else if (p.toString().endsWith(".jar")) {
                try (JarFile jar = new JarFile(p.toFile())) {
                    m = jar.getManifest();
                }
            }
        } catch (IOException e) {
            m = null;
        }
        if (m == null || m.getMainAttributes().getValue("Bundle-SymbolicName") == null) {
            return java.util.Optional.empty();
        }
        Map<String, String> headers = new HashMap<>();
        m.getMainAttributes().forEach((k, v) -> headers.put(k.toString(), v.toString()));
        String bsn = headers.get("Bundle-SymbolicName").split(";")[0].trim();
        String version = headers.getOrDefault("Bundle-Version", "0.0.0").trim();
        return java.util.Optional.of(new LooseJar(p, product.relativize(p).toString().replace('\\', '/'), dropins, bsn,
                version, Map.copyOf(headers)));
    }
}
