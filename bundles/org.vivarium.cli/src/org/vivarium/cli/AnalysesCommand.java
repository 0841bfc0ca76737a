package org.vivarium.cli;

import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisRegistry;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** {@code analyses [--format text|json]}: the installed analyses with id, name, category and contributing bundle. */
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
        return "installed analyses: id, name, contributing bundle";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String format = args.format("text", "json");
        args.checkNoneLeft(0);
        AnalysisRegistry registry = AnalysisRegistry.getDefault();
        if (format.equals("json")) {
            JsonObject o = new JsonObject();
            JsonArray list = new JsonArray();
            for (AnalysisDescriptor d : registry.all()) {
                JsonObject j = new JsonObject();
                j.addProperty("id", d.id());
                j.addProperty("name", d.name());
                j.addProperty("category", d.category());
                j.addProperty("bundle", d.contributor());
                j.addProperty("description", d.description());
                list.add(j);
            }
            o.add("analyses", list);
            JsonArray problems = new JsonArray();
            registry.problems().forEach(problems::add);
            o.add("problems", problems);
            console.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
            return Cli.OK;
        }
        console.out().printf("%-40s %-36s %-16s %s%n", "ID", "NAME", "CATEGORY", "BUNDLE");
        for (AnalysisDescriptor d : registry.all()) {
            console.out().printf("%-40s %-36s %-16s %s%n", d.id(), d.name(), d.category(), d.contributor());
        }
        registry.problems().forEach(p -> console.err().println("warning: " + p));
        return Cli.OK;
    }
}
