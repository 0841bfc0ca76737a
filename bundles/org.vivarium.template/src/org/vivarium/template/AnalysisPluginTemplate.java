package org.vivarium.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a lab's analysis plug-in project (the resources in {@code template/analysis-plugin/}): parent pom, target
 * file on Vivarium's update site, the analysis bundle with an example analysis, its test fragment, a feature and a
 * p2 repository module. The id is put into package names, names and poms. All or nothing: the files are written to
 * a folder beside the destination, which then takes the destination's place.
 */
public final class AnalysisPluginTemplate {

    private static final String ROOT = "/template/analysis-plugin/";
    private static final String LIST = "/template/analysis-plugin.files";

    private final String id;
    private final String siteUrl;

    /**
     * @param id the bundle symbolic name, checked with {@link PluginIds#check(String)}
     * @param siteUrl Vivarium's update site as a URL (see {@link UpdateSites#url(String, String)})
     */
    public AnalysisPluginTemplate(String id, String siteUrl) throws TemplateException {
        PluginIds.check(id);
        this.id = id;
        this.siteUrl = siteUrl;
    }

    /** The id of the example analysis the project contributes. */
    public String exampleAnalysisId() {
        return id + ".percent-of-control";
    }

    /**
     * Checks that the destination can take the project: it must not exist, or be an empty folder.
     *
     * @throws TemplateException naming DIR when it is a file or a folder with something in it
     */
    public static void checkDestination(Path dir) throws TemplateException {
        if (!Files.exists(dir)) {
            return;
        }
        if (!Files.isDirectory(dir)) {
            throw new TemplateException("DIR " + dir + " is a file: give a new folder or an empty one");
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            if (entries.iterator().hasNext()) {
                throw new TemplateException("DIR " + dir + " is not empty: give a new folder or an empty one");
            }
        } catch (IOException e) {
            throw new TemplateException("DIR " + dir + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /**
     * Writes the project into {@code dir} (new or empty).
     *
     * @return the files written, relative to {@code dir}, in the order written
     * @throws TemplateException when {@code dir} is not new or empty
     * @throws IOException when writing fails; nothing is left behind then
     */
    public List<Path> write(Path dir) throws TemplateException, IOException {
        Path target = dir.toAbsolutePath().normalize();
        checkDestination(target);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path staging = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            List<Path> written = new ArrayList<>();
            for (String line : read(LIST).split("\n")) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int arrow = entry.indexOf(" -> ");
                String resource = arrow < 0 ? entry : entry.substring(0, arrow);
                Path out = Path.of(substitute(arrow < 0 ? entry : entry.substring(arrow + 4)));
                Path file = staging.resolve(out);
                Files.createDirectories(file.getParent());
                Files.writeString(file, substitute(read(ROOT + resource)), StandardCharsets.UTF_8);
                written.add(out);
            }
            if (Files.isDirectory(target)) {
                Files.delete(target); // empty, checked above
            }
            Files.move(staging, target);
            return written;
        } finally {
            deleteTree(staging);
        }
    }

    private String substitute(String text) {
        return text.replace("@@ID_PATH@@", id.replace('.', '/')).replace("@@ID@@", id).replace("@@SITE@@", siteUrl);
    }

    private static String read(String resource) throws IOException {
        try (InputStream in = AnalysisPluginTemplate.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("template resource " + resource + " is missing from org.vivarium.template");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> all = Files.walk(root)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
