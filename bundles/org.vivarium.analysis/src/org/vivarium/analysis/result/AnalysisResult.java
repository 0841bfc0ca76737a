package org.vivarium.analysis.result;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything an analysis produced, self-describing so that a view, a report or a script can show it without knowing
 * the analysis: named values for scripts, test statistics, tables, notes and chart specifications. No UI types.
 * <p>
 * {@link #values()} are the numbers a script reads (e.g. {@code f}, {@code p}, {@code dfBetween}); their names are
 * stable per analysis and documented by it. A result with {@link Status#ERROR} carries a {@link #message()} and
 * usually nothing else.
 */
public final class AnalysisResult {

    /** Outcome of a run. */
    public enum Status {
        /** The analysis ran; everything in the result is valid. */
        OK,
        /** The analysis failed, was given unsuitable data, threw, hung or returned invalid numbers. */
        ERROR,
        /** The run was cancelled by the user. */
        CANCELLED
    }

    private final String analysisId;
    private final String title;
    private final Status status;
    private final String message;
    private final Map<String, Double> values;
    private final List<Statistic> statistics;
    private final List<ResultTable> tables;
    private final List<Note> notes;
    private final List<ChartSpec> charts;
    private final Map<String, Integer> excluded;

    private AnalysisResult(Builder b, Status status, String message) {
        this.analysisId = b.analysisId;
        this.title = b.title;
        this.status = status;
        this.message = message;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(b.values));
        this.statistics = List.copyOf(b.statistics);
        this.tables = List.copyOf(b.tables);
        this.notes = List.copyOf(b.notes);
        this.charts = List.copyOf(b.charts);
        this.excluded = Collections.unmodifiableMap(new LinkedHashMap<>(b.excluded));
    }

    /** Starts a successful result of the analysis with this id. */
    public static Builder builder(String analysisId, String title) {
        return new Builder(analysisId, title);
    }

    /** An error result: the analysis could not produce a valid result; {@code message} says why. */
    public static AnalysisResult error(String analysisId, String message, List<Note> notes) {
        Builder b = new Builder(analysisId, "Error");
        notes.forEach(b::note);
        return new AnalysisResult(b, Status.ERROR, message);
    }

    /** A cancelled run. */
    public static AnalysisResult cancelled(String analysisId) {
        return new AnalysisResult(new Builder(analysisId, "Cancelled"), Status.CANCELLED, "cancelled");
    }

    public String analysisId() {
        return analysisId;
    }

    public String title() {
        return title;
    }

    public Status status() {
        return status;
    }

    public boolean isOk() {
        return status == Status.OK;
    }

    /** Why the run failed or was cancelled; null when OK. */
    public String message() {
        return message;
    }

    /** Named values for scripts and tests, in a stable order; every value is finite. */
    public Map<String, Double> values() {
        return values;
    }

    /** A named value, or a runtime error naming the missing key. */
    public double value(String name) {
        Double v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("result of " + analysisId + " has no value '" + name + "' (has "
                    + values.keySet() + ")");
        }
        return v;
    }

    public List<Statistic> statistics() {
        return statistics;
    }

    /** The statistic with this key, or null. */
    public Statistic statistic(String key) {
        return statistics.stream().filter(s -> s.key().equals(key)).findFirst().orElse(null);
    }

    public List<ResultTable> tables() {
        return tables;
    }

    /** The table with this id, or null. */
    public ResultTable table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst().orElse(null);
    }

    public List<Note> notes() {
        return notes;
    }

    public List<ChartSpec> charts() {
        return charts;
    }

    /** Values left out of the analysis: reason to count (the notes say more). */
    public Map<String, Integer> excluded() {
        return excluded;
    }

    /** A result under construction. */
    public static final class Builder {
        private final String analysisId;
        private final String title;
        private final Map<String, Double> values = new LinkedHashMap<>();
        private final List<Statistic> statistics = new ArrayList<>();
        private final List<ResultTable> tables = new ArrayList<>();
        private final List<Note> notes = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();
        private final Map<String, Integer> excluded = new LinkedHashMap<>();

        private Builder(String analysisId, String title) {
            this.analysisId = Objects.requireNonNull(analysisId, "analysisId");
            this.title = title == null ? analysisId : title;
        }

        /** Adds a named value; a name given twice is a programming error. */
        public Builder value(String name, double value) {
            if (values.put(name, value) != null) {
                throw new IllegalStateException("value '" + name + "' set twice");
            }
            return this;
        }

        public Builder statistic(Statistic statistic) {
            statistics.add(statistic);
            return this;
        }

        public Builder table(ResultTable table) {
            tables.add(table);
            return this;
        }

        public Builder note(Note note) {
            notes.add(note);
            return this;
        }

        public Builder note(Note.Kind kind, String text) {
            return note(new Note(kind, text));
        }

        public Builder chart(ChartSpec chart) {
            charts.add(chart);
            return this;
        }

        /** Records values left out for a reason. */
        public Builder excluded(String reason, int count) {
            excluded.merge(reason, count, Integer::sum);
            return this;
        }

        public AnalysisResult build() {
            return new AnalysisResult(this, Status.OK, null);
        }
    }
}
