package org.vivarium.p2;

/**
 * One line of {@code plugin list}: an installed lab plug-in (or a jar found in dropins/ or plugins/) and its state.
 *
 * @param id the plug-in's id (a feature id, or a bundle's symbolic name for a loose jar)
 * @param version its version
 * @param state "active", "unresolved: WHY", "failing: WHY" or "not installed: WHY"
 * @param removable true when {@code plugin remove} can remove it (installed with p2)
 */
public record PluginState(String id, String version, String state, boolean removable) {

    /** The line {@code plugin list} prints. */
    public String line() {
        return id + "\t" + version + "\t" + state;
    }

    public boolean active() {
        return state.startsWith("active");
    }
}
