package org.vivarium.cli;

import org.vivarium.p2.InstalledPlugin;
import org.vivarium.p2.PluginException;
import org.vivarium.p2.PluginManager;

/** {@code plugin remove ID}: removes a lab plug-in installed with {@code plugin install}. */
final class PluginRemoveCommand implements Command {

    @Override
    public String name() {
        return "plugin remove";
    }

    @Override
    public String usage() {
        return "plugin remove ID";
    }

    @Override
    public String summary() {
        return "remove an installed lab plug-in (gone from the next start)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String id = args.positional(0, "the plug-in's id (see: vivarium plugin list)");
        args.checkNoneLeft(1);
        try (PluginManager m = PluginManager.open(PluginManager.runningProduct(), null)) {
            InstalledPlugin p = m.remove(id, null);
            console.out().println("removed " + p.id() + " " + p.version() + " (gone from the next start of Vivarium)");
            return Cli.OK;
        } catch (PluginException e) {
            return PluginListCommand.rejected(console, e);
        }
    }
}
