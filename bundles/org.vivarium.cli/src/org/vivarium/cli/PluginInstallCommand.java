package org.vivarium.cli;

import java.util.List;

import org.vivarium.p2.PluginException;
import org.vivarium.p2.PluginManager;
import org.vivarium.p2.SiteFeature;

/** {@code plugin install SITE [ID]}: installs a lab plug-in (one feature, or every feature of the site) with p2. */
final class PluginInstallCommand implements Command {

    @Override
    public String name() {
        return "plugin install";
    }

    @Override
    public String usage() {
        return "plugin install SITE|ZIP|URL [ID]";
    }

    @Override
    public String summary() {
        return "install a lab plug-in from a p2 site (all its features without ID); a newer version replaces the old";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String site = args.positional(0, "the site: a folder, a .zip file or an http(s) URL");
        String id = args.optionalPositional(1);
        args.checkNoneLeft(2);
        try (PluginManager m = PluginManager.open(PluginManager.runningProduct(), null)) {
            List<SiteFeature> done = m.install(site, id, null);
            if (done.isEmpty()) {
                console.out().println("already installed: " + (id != null ? id : "every feature of " + site)
                        + " (nothing changed)");
            }
            for (SiteFeature f : done) {
                console.out().println("installed " + f.id() + " " + f.version() + " (active from the next start of"
                        + " Vivarium)");
            }
            return Cli.OK;
        } catch (PluginException e) {
            return PluginListCommand.rejected(console, e);
        }
    }
}
