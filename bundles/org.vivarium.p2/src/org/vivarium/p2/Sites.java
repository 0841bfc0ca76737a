package org.vivarium.p2;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Turns what people type as a site (a folder, a .zip file, file:, jar:file: or an http(s) URL) into a p2 URI. */
final class Sites {

    private static final List<String> P2_FILES = List.of("p2.index", "content.jar", "content.xml", "content.xml.xz",
            "compositeContent.jar", "compositeContent.xml");

    private Sites() {
    }

    static URI uri(String site) throws PluginException {
        String s = site.trim();
        String lower = s.toLowerCase(Locale.ROOT);
        try {
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                return URI.create(s);
            }
            if (lower.startsWith("jar:file:")) {
                int bang = s.indexOf("!/");
                Path zip = Path.of(URI.create(s.substring(4, bang < 0 ? s.length() : bang)));
                if (!Files.isRegularFile(zip)) {
                    throw new PluginException(site + ": no such site (" + zip + " is not a file)");
                }
                return URI.create(bang < 0 ? s + "!/" : s);
            }
            Path p = lower.startsWith("file:") ? Path.of(URI.create(s)) : Path.of(s).toAbsolutePath().normalize();
            if (Files.isDirectory(p)) {
                if (P2_FILES.stream().noneMatch(f -> Files.exists(p.resolve(f)))) {
                    throw new PluginException(site + ": nothing installable there (a folder without a p2 site:"
                            + " no content.jar, content.xml or p2.index)");
                }
                return p.toUri();
            }
            if (Files.isRegularFile(p) && (p.toString().endsWith(".zip") || p.toString().endsWith(".jar"))) {
                return URI.create("jar:" + p.toUri() + "!/");
            }
            throw new PluginException(site + ": no such site (not a folder, a .zip file or an http(s) URL)");
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            throw new PluginException(site + ": not a site address (" + e.getMessage() + ")");
        }
    }
}
