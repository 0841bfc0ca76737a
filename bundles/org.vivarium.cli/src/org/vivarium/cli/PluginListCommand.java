package org.vivarium.cli;

import java.util.List;

import org.vivarium.p2.PluginException;
import org.vivarium.p2.PluginManager;
import org.vivarium.p2.PluginState;
import org.vivarium.p2.PluginStates;

/**
 * {@code plugin list}: one line per lab plug-in: id, version and state (active, unresolved: why, failing: why), also
 * for jars in dropins/ and jars copied into plugins/ by hand (not installed: why).
 */
final class PluginListCommand implements Command {

    @Override
    public String name() {
        return "plugin list";
    }

    @Override
    public String usage() {
        return "plugin list";
    }

    @Override
    public String summary() {
        return "installed lab plug-ins: id, version, state (active | unresolved: why | failing: why)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        args.checkNoneLeft(0);
        try (PluginManager m = PluginManager.open(PluginManager.runningProduct(), null)) {
            List<PluginState> states = PluginStates.of(m);
            states.forEach(s -> console.out().println(s.line()));
            if (states.isEmpty()) {
                console.err().println("no lab plug-ins are installed in " + m.product());
            }
            return Cli.OK;
        } catch (PluginException e) {
            return rejected(console, e);
        }
    }

    /** A plug-in problem: its lines on stderr, exit 2. */
    static int rejected(Console console, PluginException e) {
        e.getMessage().lines().forEach(l -> console.err().println("vivarium: " + l));
        return Cli.REJECTED;
    }
}
