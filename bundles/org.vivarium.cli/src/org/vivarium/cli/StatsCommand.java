package org.vivarium.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.data.CsvDatasets;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.DatasetException;

/**
 * {@code stats ID --csv DATA.csv --value COL --group COL[,COL2] [--subject COL --within COL] [--time COL --event COL]
 * [--param k=v;k=v] [--format text|json]}: runs an analysis on a CSV file (one row per value). The first group
 * column is the analysis' {@code group} parameter, the second its {@code by} parameter; --within names the
 * repeated factor (rm-anova), --subject the unit that pairs or repeats; for survival data --time is the time to the
 * event and --event the event indicator (1 = event, 0 = censored). Bad input exits 2 with {@code FILE:LINE: message}.
 */
final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String usage() {
        return "stats ID --csv DATA.csv --value COL --group COL[,COL2] [--subject COL --within COL] [--time COL "
                + "--event COL] [--param k=v;k=v] [--format text|json] [--timeout SECONDS|DURATION]";
    }

    @Override
    public String summary() {
        return "run an analysis on a CSV file (one row per value)";
    }

    @Override
    public int run(Args args, Console console) throws Exception {
        String id = args.positional(0, "the analysis id");
        Path csv = Path.of(args.requiredOption("csv"));
        String value = args.option("value", null);
        String time = args.option("time", null);
        String event = args.option("event", null);
        List<String> groups = Arrays.stream(args.requiredOption("group").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).toList();
        String subject = args.option("subject", null);
        String within = args.option("within", null);
        Map<String, String> params = AnalysisRuns.params(args.option("param", null));
        Duration timeLimit = TimeLimit.of(args.option("timeout", null));
        String format = args.format("text", "json");
        args.checkNoneLeft(1);
        if (value == null && time == null) {
            throw new UsageException("missing --value (or --time and --event for survival data)");
        }
        if (value != null && time != null) {
            throw new UsageException("give --value or --time, not both");
        }
        if (groups.isEmpty() || groups.size() > 2) {
            throw new UsageException("--group takes one or two column names");
        }
        AnalysisDescriptor d = AnalysisRuns.find(id);
        bind(d, params, "group", groups.get(0));
        if (groups.size() == 2) {
            if (!AnalysisRuns.declares(d, "by")) {
                throw new UsageException("analysis " + id + " takes one group column");
            }
            bind(d, params, "by", groups.get(1));
        }
        List<String> factors = new ArrayList<>(groups);
        if (within != null) {
            if (!AnalysisRuns.declares(d, "within")) {
                throw new UsageException("analysis " + id + " has no within factor (use rm-anova)");
            }
            factors.add(within);
            bind(d, params, "within", within);
        }
        Dataset data;
        try {
            data = CsvDatasets.read(csv, new CsvDatasets.Columns(value != null ? value : time, factors, subject,
                    event));
        } catch (DatasetException e) {
            throw new RejectedException(e.problems(), csv + ": rejected (" + e.problems().size() + " problem"
                    + (e.problems().size() == 1 ? ")" : "s)"));
        }
        return AnalysisRuns.runAndPrint(d, data, params, timeLimit, format, console);
    }

    private static void bind(AnalysisDescriptor d, Map<String, String> params, String name, String column)
            throws Exception {
        if (AnalysisRuns.declares(d, name)) {
            params.putIfAbsent(name, column);
        }
    }
}
