package org.vivarium.analysis.internal;

import java.util.Objects;

/**
 * Why a plug-in, or one analysis of it, cannot be used: the contributing bundle's id and version, the analysis (when
 * one is concerned) and the reason. Every listing (CLI {@code analyses}, the workbench's Analysis view) shows
 * {@link #text()}; the texts are made by {@link PluginFailures}.
 *
 * @param plugin the bundle's symbolic name ("" when not known)
 * @param version the bundle's version ("" when not known)
 * @param analysis the analysis id ("" when the problem is the plug-in's as a whole, e.g. it does not resolve)
 * @param reason what is wrong, in people's words, without the plug-in prefix
 */
public record PluginProblem(String plugin, String version, String analysis, String reason) {

    public PluginProblem {
        plugin = plugin == null ? "" : plugin;
        version = version == null ? "" : version;
        analysis = analysis == null ? "" : analysis;
        Objects.requireNonNull(reason, "reason");
    }

    /** A problem known only as text (e.g. one recorded with {@code AnalysisRegistry.problem(String)}). */
    public static PluginProblem of(String text) {
        return new PluginProblem("", "", "", text);
    }

    /** "PLUGIN: REASON" (the reason alone when the plug-in is not known): the words every listing shows. */
    public String text() {
        return plugin.isEmpty() ? reason : plugin + ": " + reason;
    }

    @Override
    public String toString() {
        return text();
    }
}
