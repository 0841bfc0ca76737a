package org.vivarium.cli;

import java.io.PrintStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.AnalysisRegistry;
import org.vivarium.analysis.AnalysisRunner;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.internal.AnalysisAvailability;
import org.vivarium.analysis.internal.PluginProblem;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ResultText;

import com.google.gson.GsonBuilder;

/** What {@code analyze} and {@code stats} share: finding the analysis, parameters, running and printing. */
final class AnalysisRuns {

    /** A finished run: its result, and whether it was stopped at the time limit (exit {@link Cli#TIMEOUT}). */
    record Ran(AnalysisResult result, boolean timedOut) {
    }

    private AnalysisRuns() {
    }

    /**
     * The registered analysis, or a usage error naming the installed ones; an analysis that cannot run (its class
     * cannot be created, or it cannot describe itself) is rejected with the reason the listing gives (exit 2).
     */
    static AnalysisDescriptor find(String id) throws UsageException, RejectedException {
        AnalysisDescriptor d = AnalysisRegistry.getDefault().find(id).orElseThrow(() -> new UsageException(
                "unknown analysis '" + id + "' (installed: " + String.join(", ", AnalysisRegistry.getDefault().all()
                        .stream().map(AnalysisDescriptor::id).toList()) + ")"));
        Optional<PluginProblem> problem = AnalysisAvailability.check(d);
        if (problem.isPresent()) {
            throw new RejectedException(List.of(), "vivarium: " + problem.get().text());
        }
        return d;
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
     * "error" on stdout), a run stopped at the time limit exits {@link Cli#TIMEOUT}.
     */
    static int runAndPrint(AnalysisDescriptor d, Dataset data, Map<String, String> params, Duration timeLimit,
            String format, Console console) throws RejectedException {
        Ran ran = run(d, data, params, timeLimit);
        AnalysisResult r = ran.result();
        PrintStream out = console.out();
        if (format.equals("json")) {
            out.println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create()
                    .toJson(ResultJson.of(r)));
            return r.isOk() ? Cli.OK : ran.timedOut() ? Cli.TIMEOUT : Cli.REJECTED;
        }
        if (!r.isOk()) {
            throw failure(d, ran);
        }
        out.print(format.equals("csv") ? ResultText.csv(r) : ResultText.text(r));
        return Cli.OK;
    }

    /** Runs the analysis within the time limit; a plug-in's stack trace goes to a file in {@link ErrorLog#folder()}. */
    static Ran run(AnalysisDescriptor d, Dataset data, Map<String, String> params, Duration timeLimit) {
        AnalysisFailureLog log = new AnalysisFailureLog(ErrorLog.folder());
        AnalysisResult r = new AnalysisRunner(timeLimit, log).run(d, data, Parameters.of(params),
                new NullProgressMonitor());
        return new Ran(r, log.timedOut());
    }

    /**
     * An error result as a rejection: its notes on stdout, "vivarium: message" on stderr (with the analysis id first
     * when the message does not name it), exit 2 or, for a time-out, {@link Cli#TIMEOUT}.
     */
    static RejectedException failure(AnalysisDescriptor d, Ran ran) {
        AnalysisResult r = ran.result();
        String message = r.message().contains("analysis '" + d.id() + "'") ? r.message() : d.id() + ": " + r.message();
        return new RejectedException(r.notes().stream().map(n -> n.text()).toList(), "vivarium: " + message,
                ran.timedOut() ? Cli.TIMEOUT : Cli.REJECTED);
    }
}
