package org.vivarium.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.vivarium.template.AnalysisPluginTemplate;
import org.vivarium.template.TemplateException;
import org.vivarium.template.UpdateSites;

/**
 * {@code plugin new ID DIR [--site SITE]}: a lab's analysis plug-in project that builds and tests with one Maven
 * command outside Vivarium's tree, against Vivarium's update site (by default the one built in this installation's
 * source tree, {@code releng/org.vivarium.repository/target/repository}).
 */
final class PluginNewCommand implements Command {

    /** Where the update site is built, relative to the source tree ({@code -Dvivarium.root}, set by ./vivarium). */
    static final String BUILT_SITE = "releng/org.vivarium.repository/target/repository";

    @Override
    public String name() {
        return "plugin new";
    }

    @Override
    public String usage() {
        return "plugin new ID DIR [--site FOLDER|ZIP|URL]";
    }

    @Override
    public String summary() {
        return "a new analysis plug-in project (ID e.g. org.example.lab.analysis) that builds outside Vivarium";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String id = args.positional(0, "ID (a bundle symbolic name such as org.example.lab.analysis)");
        Path dir = args.path(1, "DIR (a new or empty folder for the project)");
        String site = args.option("site", null);
        args.checkNoneLeft(2);
        String siteUrl;
        AnalysisPluginTemplate template;
        try {
            template = new AnalysisPluginTemplate(id, "");
            AnalysisPluginTemplate.checkDestination(dir);
            siteUrl = UpdateSites.url(site != null ? site : defaultSite(), site != null ? "--site" : "update site");
            template = new AnalysisPluginTemplate(id, siteUrl);
        } catch (TemplateException e) {
            throw new UsageException(e.getMessage());
        }
        List<Path> files;
        try {
            files = template.write(dir);
        } catch (IOException e) {
            throw new RejectedException(List.of(), dir + ": could not write (" + e + "); nothing was written");
        }
        console.out().printf("wrote %s: analysis plug-in %s (%d files; example analysis %s), built against %s%n",
                dir, id, files.size(), template.exampleAnalysisId(), siteUrl);
        console.out().printf("build and test it (Maven 3.9, JDK 21+): cd %s && mvn verify   (or: %s verify)%n", dir,
                mvnw());
        console.out().printf("then install it: vivarium plugin install %s%n",
                dir.resolve("repository/target/repository"));
        return Cli.OK;
    }

    /** The update site built in this installation's source tree. */
    private static String defaultSite() throws TemplateException {
        String root = System.getProperty("vivarium.root");
        if (root == null || !Files.isDirectory(Path.of(root, BUILT_SITE))) {
            throw new TemplateException("no --site given and no update site built"
                    + (root == null ? "" : " at " + Path.of(root, BUILT_SITE))
                    + ": give --site (Vivarium's update site: a folder, a zip or a URL) or build it with"
                    + " releng/build.sh -B verify -DskipTests");
        }
        return Path.of(root, BUILT_SITE).toString();
    }

    private static String mvnw() {
        String root = System.getProperty("vivarium.root");
        return root == null ? "Vivarium's mvnw" : Path.of(root, "mvnw").toString();
    }
}
