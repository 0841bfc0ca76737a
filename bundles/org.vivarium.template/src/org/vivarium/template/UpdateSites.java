package org.vivarium.template;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Turns what a user gives as Vivarium's update site (a folder, a zip, a URL) into the URL a .target file needs. */
public final class UpdateSites {

    /** Files of which one marks a folder as a p2 repository. */
    private static final List<String> INDEX = List.of("content.jar", "content.xml", "content.xml.xz",
            "compositeContent.jar", "compositeContent.xml", "p2.index");

    private UpdateSites() {
    }

    /**
     * The site's URL: {@code file:/abs/folder/} for a folder, {@code jar:file:/abs/site.zip!/} for a zip, a
     * {@code http(s):}, {@code jar:} or {@code file:} URL as given (a {@code file:} one is checked like a path).
     *
     * @param what how the site was given, for messages (e.g. "--site")
     * @throws TemplateException naming {@code what} when it is no p2 repository
     */
    public static String url(String site, String what) throws TemplateException {
        String lower = site.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("jar:")) {
            return site;
        }
        Path path = path(site, what);
        if (Files.isRegularFile(path) && lower.endsWith(".zip")) {
            return "jar:" + path.toUri() + "!/";
        }
        if (!Files.isDirectory(path)) {
            throw new TemplateException(what + " " + site + ": " + (Files.exists(path) ? "not a folder or a .zip"
                    : "does not exist") + " (give Vivarium's update site: a folder, a zip of it, or a URL)");
        }
        if (INDEX.stream().noneMatch(f -> Files.isRegularFile(path.resolve(f)))) {
            throw new TemplateException(what + " " + site + ": not a p2 repository (no content.jar or content.xml"
                    + " in it); Vivarium's update site is releng/org.vivarium.repository/target/repository");
        }
        String uri = path.toUri().toString();
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static Path path(String site, String what) throws TemplateException {
        try {
            Path p = site.toLowerCase(Locale.ROOT).startsWith("file:") ? Path.of(URI.create(site)) : Path.of(site);
            return p.toAbsolutePath().normalize();
        } catch (IllegalArgumentException e) {
            throw new TemplateException(what + " " + site + ": not a folder, zip or URL (" + e.getMessage() + ")");
        }
    }
}
