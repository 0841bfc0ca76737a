package org.vivarium.cli;

import java.io.PrintStream;
import java.util.List;

import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.internal.AnalysisAvailability;
import org.vivarium.analysis.internal.PluginProblem;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import org.vivarium.p2.StartWarnings;

/**
 * {@code analyses [--format text|json]}: the analyses that can run, with id, name, category and contributing bundle,
 * then the plug-in problems: analyses that cannot be created or used (and why, in the words {@code analyze} and the
 * workbench use), contributions that were ignored.
 */
final class AnalysesCommand implements Command {

    @Override
    public String name() {
        return "analyses";
    }

    @Override
    public String usage() {
        return "analyses [--format text|json]";
    }

    @Override
    public String summary() {
        return "installed analyses: id, name, contributing bundle; plug-ins that cannot run and why";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String format = args.format("text", "json");
        args.checkNoneLeft(0);
        return print(AnalysisAvailability.of(AnalysisRegistry.getDefault(), StartWarnings.problems()), format, console);
    }

    /** Prints a listing: the runnable analyses, then every plug-in problem. */
    static int print(AnalysisAvailability.Listing listing, String format, Console console) throws AnalysisException {
        if (format.equals("json")) {
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(
                    json(listing)));
            return Cli.OK;
        }
        PrintStream out = console.out();
        out.printf("%-40s %-36s %-16s %s%n", "ID", "NAME", "CATEGORY", "BUNDLE");
        for (AnalysisDescriptor d : listing.runnable()) {
            out.printf("%-40s %-36s %-16s %s%n", d.id(), d.name(), d.category(), d.contributor());
        }
        if (!listing.problems().isEmpty()) {
            out.println();
            out.println("cannot run (" + listing.problems().size() + "):");
            listing.problems().forEach(p -> out.println("  " + p.text()));
        }
        return Cli.OK;
    }

    private static JsonObject json(AnalysisAvailability.Listing listing) throws AnalysisException {
        JsonArray list = new JsonArray();
        for (AnalysisDescriptor d : listing.runnable()) {
            JsonObject j = new JsonObject();
            j.addProperty("id", d.id());
            j.addProperty("name", d.name());
            j.addProperty("category", d.category());
            j.addProperty("bundle", d.contributor());
            j.addProperty("description", d.description());
            JsonArray parameters = new JsonArray();
            for (Parameter p : d.analysis().parameters()) {
                JsonObject o = new JsonObject();
                o.addProperty("name", p.name());
                o.addProperty("label", p.label());
                o.addProperty("type", p.type().name().toLowerCase(java.util.Locale.ROOT));
                o.addProperty("default", p.defaultValue());
                parameters.add(o);
            }
            j.add("parameters", parameters);
            list.add(j);
        }
        JsonArray problems = new JsonArray();
        for (PluginProblem p : listing.problems()) {
            JsonObject o = new JsonObject();
            o.addProperty("bundle", p.plugin());
            o.addProperty("version", p.version());
            o.addProperty("analysis", p.analysis());
            o.addProperty("message", p.text());
            problems.add(o);
        }
        JsonObject o = new JsonObject();
        o.add("analyses", list);
        o.add("problems", problems);
        return o;
    }
}
