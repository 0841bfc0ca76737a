package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Exclusion;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Note;

/** Shared input handling of the built-in analyses: measure and subset selection, factor checks, exclusion notes. */
final class Inputs {

    private static final int LISTED_EXCLUSIONS = 20;

    private Inputs() {
    }

    /** The dataset narrowed to the chosen measure (default: the primary one) and the subset filter. */
    static Dataset prepare(Dataset data, Parameters p) throws AnalysisException {
        String measure = p.text(StatsAnalysis.MEASURE, data.primaryMeasure());
        if (measure == null || !data.measures().containsKey(measure)) {
            throw new AnalysisException("no measure '" + measure + "' in the data (measures: "
                    + data.measures().keySet() + ")");
        }
        Map<String, String> subset = subset(p.text(StatsAnalysis.SUBSET));
        for (String factor : subset.keySet()) {
            checkFactor(data, factor);
        }
        Dataset d = data.select(measure, o -> subset.entrySet().stream()
                .allMatch(e -> e.getValue().equals(o.level(e.getKey()))));
        if (d.observations().isEmpty()) {
            throw new AnalysisException("no values of " + measure + (subset.isEmpty() ? "" : " in subset " + subset)
                    + " to analyse" + (d.exclusions().isEmpty() ? "" : " (" + d.exclusions().size() + " excluded)"));
        }
        return d;
    }

    /** Parses "factor=level;factor=level". */
    static Map<String, String> subset(String text) throws AnalysisException {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return m;
        }
        for (String part : text.split(";")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new AnalysisException("subset must be factor=level[;factor=level], not '" + text + "'");
            }
            m.put(part.substring(0, eq).strip(), part.substring(eq + 1).strip());
        }
        return m;
    }

    /** The comma-separated levels parameter as a list (empty when not given). */
    static List<String> levels(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    static void checkFactor(Dataset data, String factor) throws AnalysisException {
        if (!data.hasFactor(factor)) {
            throw new AnalysisException("the data have no factor '" + factor + "' (factors: " + data.factors() + ")");
        }
    }

    /**
     * The levels of a factor the analysis splits by, refused before any computation when there are more than
     * {@link Groups#MAX_GROUPS}.
     */
    static List<String> splitLevels(Dataset data, String factor) throws AnalysisException {
        checkFactor(data, factor);
        List<String> levels = data.levels(factor);
        if (levels.size() > Groups.MAX_GROUPS) {
            throw new AnalysisException(levels.size() + " levels of " + factor + " (" + shortList(levels)
                    + "): at most " + Groups.MAX_GROUPS + " can be analysed; choose a subset");
        }
        return levels;
    }

    /** Each level's position in the list, for linear lookups. */
    static Map<String, Integer> positions(List<String> levels) {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < levels.size(); i++) {
            m.putIfAbsent(levels.get(i), i);
        }
        return m;
    }

    /** The control level: the parameter, else the dataset's control of the factor, else the first level. */
    static String control(Dataset data, String factor, String chosen) throws AnalysisException {
        String c = chosen != null && !chosen.isBlank() ? chosen : data.control(factor);
        List<String> levels = data.levels(factor);
        if (c == null || c.isBlank()) {
            return levels.get(0);
        }
        if (!levels.contains(c)) {
            throw new AnalysisException("control '" + c + "' is not a level of " + factor + " with values (levels: "
                    + levels + ")");
        }
        return c;
    }

    /** Notes and counts of what was left out of the analysed data, with reasons (ARRIVE item 3). */
    static void reportExclusions(Dataset data, AnalysisResult.Builder r) {
        List<Exclusion> ex = data.exclusions();
        data.exclusionCounts().forEach(r::excluded);
        if (ex.isEmpty()) {
            r.note(Note.Kind.EXCLUSION, "No values were excluded.");
            return;
        }
        List<String> counts = new ArrayList<>();
        data.exclusionCounts().forEach((k, v) -> counts.add(v + " " + k));
        r.note(Note.Kind.EXCLUSION, ex.size() + " value" + (ex.size() == 1 ? " was" : "s were")
                + " excluded before the analysis: " + String.join(", ", counts) + ".");
        for (int i = 0; i < Math.min(LISTED_EXCLUSIONS, ex.size()); i++) {
            r.note(Note.Kind.EXCLUSION, "Excluded: " + ex.get(i).describe());
        }
        if (ex.size() > LISTED_EXCLUSIONS) {
            r.note(Note.Kind.EXCLUSION, "... and " + (ex.size() - LISTED_EXCLUSIONS) + " more exclusions.");
        }
    }

    /** A warning when continuous analyses meet censored values. */
    static void warnCensored(Dataset data, AnalysisResult.Builder r) {
        long censored = data.observations().stream().filter(o -> o.censored()).count();
        if (censored > 0) {
            r.note(Note.Kind.WARNING, censored + " value" + (censored == 1 ? " is" : "s are")
                    + " censored and analysed as if observed; use kaplan-meier or logrank for censored latencies.");
        }
    }

    /** "a", "a and b", "a, b and c". */
    static String and(List<String> items) {
        int n = items.size();
        return n <= 1 ? String.join("", items) : String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
    }

    /** The list as "[a, b, c]", cut after 10 items ("[a, ..., j, ... (1000 in all)]"). */
    static String shortList(List<String> items) {
        int shown = 10;
        return items.size() <= shown ? items.toString()
                : "[" + String.join(", ", items.subList(0, shown)) + ", ... (" + items.size() + " in all)]";
    }

    /** Formats a number for a key: integers without decimals, others as Java prints them. */
    static String key(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    static String percent(double level) {
        return String.format(Locale.ROOT, "%s%%", key(level * 100));
    }
}
