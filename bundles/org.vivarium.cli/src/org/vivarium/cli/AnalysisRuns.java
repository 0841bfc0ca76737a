package org.vivarium.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ResultText;

import com.google.gson.GsonBuilder;

/** What {@code analyze} and {@code stats} share: finding the analysis, parameters, running and printing. */
final class AnalysisRuns {

    private AnalysisRuns() {
    }

    /** The registered analysis, or a usage error naming the installed ones. */
    static AnalysisDescriptor find(String id) throws UsageException {
        return AnalysisRegistry.getDefault().find(id).orElseThrow(() -> new UsageException("unknown analysis '" + id
                + "' (installed: " + String.join(", ", AnalysisRegistry.getDefault().all().stream()
                        .map(AnalysisDescriptor::id).toList()) + ")"));
    }

    /** Parses {@code --param name=value[;name=value]}. */
    static Map<String, String> params(String text) throws UsageException {
        Map<String, String> m = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new UsageException("--param takes name=value[;name=value], not '" + part + "'");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }

    /** Whether the analysis declares a parameter of this name. */
    static boolean declares(AnalysisDescriptor d, String name) throws AnalysisException {
        return d.analysis().parameters().stream().map(Parameter::name).anyMatch(name::equals);
    }

    /**
     * Runs and prints the result; an error result exits 2 (its message on stderr, or the JSON object with status
     * "error" on stdout).
     */
    static int runAndPrint(AnalysisDescriptor d, Dataset data, Map<String, String> params, String format,
            Console console) throws RejectedException {
        AnalysisResult r = run(d, data, params);
        PrintStream out = console.out();
        if (format.equals("json")) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(ResultJson.of(r)));
            return r.isOk() ? Cli.OK : Cli.REJECTED;
        }
        if (!r.isOk()) {
            throw failure(d, r);
        }
        out.print(format.equals("csv") ? ResultText.csv(r) : ResultText.text(r));
        return Cli.OK;
    }

    /** Runs the analysis. */
    static AnalysisResult run(AnalysisDescriptor d, Dataset data, Map<String, String> params) {
        return new AnalysisRunner().run(d, data, Parameters.of(params), new NullProgressMonitor());
    }

    /** An error result as a rejection: its notes on stdout, "vivarium: ID: message" on stderr (exit 2). */
    static RejectedException failure(AnalysisDescriptor d, AnalysisResult r) {
        return new RejectedException(r.notes().stream().map(n -> n.text()).toList(), "vivarium: " + d.id() + ": "
                + r.message());
    }
}
