package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Applicability;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.Parameters;
import org.vivarium.analysis.data.Dataset;
import org.vivarium.analysis.data.Observation;
import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.Adjust;
import org.vivarium.analysis.stats.math.Moments;
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.RepeatedMeasures;

/**
 * {@code rm-anova}: repeated-measures two-way ANOVA for within-animal designs: a between-subjects group factor
 * (e.g. arm) and a within-subjects factor (e.g. time, the same animals retested), with Mauchly's test of sphericity
 * and Greenhouse-Geisser and Huynh-Feldt corrected p-values (see {@link RepeatedMeasures}); then each group vs the
 * control at each level of the within factor (pooled variance of that level, Sidak over all comparisons).
 * Units lacking a value at some level are left out (complete cases), as R's multivariate fit does. Values:
 * {@code <group>.f/.p/.df/.dfError}, {@code <within>.f/.p/.pGG/.pHF}, {@code <group>:<within>.f/.p/.pGG/.pHF},
 * {@code mauchly.w}, {@code mauchly.p}, {@code ggEpsilon}, {@code hfEpsilon}, normality of the within-subject
 * residuals {@code shapiro.w}, {@code shapiro.p} (these and sphericity in the assumption checks), comparisons
 * {@code <g>@<level>.diff/.t/.p/.pSidak}.
 */
public final class RmAnovaAnalysis extends StatsAnalysis {

    private static final String WITHIN = "within";

    public RmAnovaAnalysis() {
        super("rm-anova", "Repeated-measures ANOVA", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.REPEATED_MEASURES));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(groupParameter("Between-subjects factor (empty: none)."),
                Parameter.factor(WITHIN, "Within factor", Dataset.TIME, "Factor whose levels are measured on the "
                        + "same units (e.g. time)."), controlParameter());
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        String group = p.text(GROUP);
        String within = p.text(WITHIN, Dataset.TIME);
        Inputs.checkFactor(data, within);
        if (!group.isBlank()) {
            Inputs.checkFactor(data, group);
        }
        List<String> levels = Inputs.splitLevels(data, within);
        if (levels.size() < 2) {
            throw new AnalysisException("repeated-measures ANOVA needs at least 2 levels of " + within);
        }
        if (!data.hasRepeatedUnits()) {
            throw new AnalysisException("repeated-measures ANOVA needs the same " + data.unitKind() + "s measured at "
                    + "several levels of " + within + "; here each " + data.unitKind() + " has one value (one cohort "
                    + "per timepoint?): use two-way-anova (group=arm, by=time) or durability instead");
        }
        List<String> groups = group.isBlank() ? List.of("all") : Inputs.splitLevels(data, group);
        Map<String, double[]> rows = new LinkedHashMap<>();
        Map<String, String> groupOfUnit = new LinkedHashMap<>();
        Map<String, Integer> position = Inputs.positions(levels);
        for (Observation o : data.observations()) {
            double[] row = rows.computeIfAbsent(o.unit(), u -> nanRow(levels.size()));
            int t = position.getOrDefault(o.level(within), -1);
            if (!Double.isNaN(row[t])) {
                throw new AnalysisException(data.unitKind() + " " + o.unit() + " has two values at " + within + " "
                        + o.level(within) + " (set the subject/unit so that each has one value per level)");
            }
            row[t] = o.value();
            String gl = group.isBlank() ? "all" : o.level(group);
            String before = groupOfUnit.put(o.unit(), gl);
            if (before != null && !before.equals(gl)) {
                throw new AnalysisException(data.unitKind() + " " + o.unit() + " is in " + group + " " + before
                        + " and " + gl + "; the group factor must be between subjects");
            }
        }
        List<String> units = new ArrayList<>();
        List<String> incomplete = new ArrayList<>();
        for (Map.Entry<String, double[]> e : rows.entrySet()) {
            (java.util.Arrays.stream(e.getValue()).anyMatch(Double::isNaN) ? incomplete : units).add(e.getKey());
        }
        double[][] y = new double[units.size()][];
        int[] g = new int[units.size()];
        int[] ng = new int[groups.size()];
        Map<String, Integer> groupPosition = Inputs.positions(groups);
        for (int i = 0; i < units.size(); i++) {
            y[i] = rows.get(units.get(i));
            g[i] = groupPosition.getOrDefault(groupOfUnit.get(units.get(i)), -1);
            ng[g[i]]++;
        }
        for (int k = 0; k < groups.size(); k++) {
            if (ng[k] < 1) {
                throw new AnalysisException("repeated-measures ANOVA: no complete " + data.unitKind() + " in "
                        + group + " " + groups.get(k));
            }
        }
        if (units.size() - groups.size() < levels.size()) {
            throw new AnalysisException("repeated-measures ANOVA needs more complete " + data.unitKind() + "s ("
                    + units.size() + ") than groups plus levels of " + within + " (" + groups.size() + " + "
                    + levels.size() + ")");
        }
        RepeatedMeasures rm = RepeatedMeasures.of(y, g, groups.size());
        report(r, rm, group, within, levels.size());
        Assumptions checks = new Assumptions().normality(r, Assumptions.withinSubjects(y, g, groups.size()),
                "within-subject residuals (value minus its subject's mean and its group's mean at that level, plus "
                        + "the group mean)", "transform the values (e.g. log), or compare the levels with a rank "
                        + "test.");
        checks.sphericity(r, rm, within, levels.size());
        checks.report(r);
        if (!group.isBlank()) {
            comparisons(r, data, y, g, groups, levels, group, within, Inputs.control(data, group, p.text(CONTROL)),
                    measure.unit());
        }
        r.note(Note.Kind.METHOD, "Repeated-measures ANOVA (" + (group.isBlank() ? "" : group + " between, ")
                + within + " within subjects), univariate F tests with Greenhouse-Geisser and Huynh-Feldt "
                + "corrections; Mauchly's test with R's approximation of its p-value.");
        StringBuilder sizes = new StringBuilder();
        for (int k = 0; k < groups.size(); k++) {
            sizes.append(k == 0 ? "" : ", ").append(groups.get(k)).append(" n = ").append(ng[k]);
        }
        r.note(Note.Kind.SAMPLE_SIZE, sizes + " complete " + data.unitKind() + "s, each measured at " + levels.size()
                + " levels of " + within + ".");
        if (!incomplete.isEmpty()) {
            r.note(Note.Kind.EXCLUSION, incomplete.size() + " " + data.unitKind() + "s without a value at every "
                    + "level are left out: " + String.join(", ", incomplete));
            r.excluded("incomplete repeated measures", incomplete.size());
        }
        Inputs.warnCensored(data, r);
    }

    private static double[] nanRow(int n) {
        double[] row = new double[n];
        java.util.Arrays.fill(row, Double.NaN);
        return row;
    }

    private static void report(AnalysisResult.Builder r, RepeatedMeasures rm, String group, String within, int p) {
        ResultTable.Builder t = new ResultTable.Builder("anova", "Repeated-measures ANOVA")
                .column(Column.text("source", "Source")).column(Column.number("df", "df", ""))
                .column(Column.number("dfError", "Error df", "")).column(Column.number("f", "F", ""))
                .column(Column.p("p", "p")).column(Column.p("pGG", "p (Greenhouse-Geisser)"))
                .column(Column.p("pHF", "p (Huynh-Feldt)"));
        if (rm.group() != null) {
            RepeatedMeasures.Between b = rm.group();
            r.value(group + ".f", b.f()).value(group + ".p", b.p()).value(group + ".df", b.df())
                    .value(group + ".dfError", b.dfError());
            r.statistic(Statistic.of("F(" + group + ")", "Repeated-measures ANOVA, between subjects")
                    .statistic("F", b.f()).df(b.df(), b.dfError()).p(b.p()).build());
            t.row(group, b.df(), b.dfError(), b.f(), b.p(), null, null);
        }
        within(r, t, within, rm.condition());
        if (rm.interaction() != null) {
            within(r, t, group + ":" + within, rm.interaction());
        }
        r.table(t.build());
        RepeatedMeasures.Within c = rm.condition();
        r.value("ggEpsilon", c.ggEpsilon()).value("hfEpsilon", c.hfEpsilon());
        if (p > 2) {
            r.value("mauchly.w", rm.mauchly().w()).value("mauchly.p", rm.mauchly().p());
            r.statistic(Statistic.of("Mauchly", "Mauchly's test of sphericity").statistic("W", rm.mauchly().w())
                    .p(rm.mauchly().p()).build());
            r.note(Note.Kind.ASSUMPTION, String.format(java.util.Locale.ROOT, "Sphericity: Mauchly's W = %.4g, "
                    + "%s; Greenhouse-Geisser epsilon %.4g, Huynh-Feldt epsilon %.4g. %s", rm.mauchly().w(),
                    org.vivarium.analysis.result.PValues.format(rm.mauchly().p()), c.ggEpsilon(), c.hfEpsilon(), rm.mauchly().p() < 0.05
                            ? "Sphericity is doubtful: report the Greenhouse-Geisser corrected p-values."
                            : "No evidence against sphericity; the corrected p-values are shown too."));
        }
    }

    private static void within(AnalysisResult.Builder r, ResultTable.Builder t, String name,
            RepeatedMeasures.Within w) {
        r.value(name + ".f", w.f()).value(name + ".p", w.p()).value(name + ".pGG", w.pGreenhouseGeisser())
                .value(name + ".pHF", w.pHuynhFeldt()).value(name + ".df", w.df())
                .value(name + ".dfError", w.dfError());
        r.statistic(Statistic.of("F(" + name + ")", "Repeated-measures ANOVA, within subjects").statistic("F", w.f())
                .df(w.df(), w.dfError()).p(w.p()).adjusted("Greenhouse-Geisser", w.pGreenhouseGeisser()).build());
        t.row(name, w.df(), w.dfError(), w.f(), w.p(), w.pGreenhouseGeisser(), w.pHuynhFeldt());
    }

    /** Each group vs the control at each level, with the pooled within-group variance of that level. */
    private static void comparisons(AnalysisResult.Builder r, Dataset data, double[][] y, int[] g,
            List<String> groups, List<String> levels, String group, String within, String control, String unit) {
        int c = groups.indexOf(control);
        int family = (groups.size() - 1) * levels.size();
        ResultTable.Builder t = new ResultTable.Builder("comparisons", "Each " + group + " vs " + control + " at each "
                + within + " (Sidak over " + family + ")").column(Column.text("comparison", "Comparison"))
                .column(Column.number("diff", "Difference", unit)).column(Column.number("t", "t", ""))
                .column(Column.number("df", "df", "")).column(Column.p("p", "p")).column(Column.p("pSidak", "Sidak p"));
        for (int l = 0; l < levels.size(); l++) {
            double[][] byGroup = new double[groups.size()][];
            for (int k = 0; k < groups.size(); k++) {
                final int kk = k;
                final int ll = l;
                byGroup[k] = java.util.stream.IntStream.range(0, y.length).filter(i -> g[i] == kk)
                        .mapToDouble(i -> y[i][ll]).toArray();
            }
            double ss = 0;
            double df = 0;
            for (double[] v : byGroup) {
                ss += Moments.sumOfSquares(v);
                df += v.length - 1;
            }
            double mse = ss / df;
            for (int k = 0; k < groups.size(); k++) {
                if (k == c) {
                    continue;
                }
                double diff = Moments.mean(byGroup[k]) - Moments.mean(byGroup[c]);
                double tv = diff / Math.sqrt(mse * (1.0 / byGroup[k].length + 1.0 / byGroup[c].length));
                double pv = Probabilities.tTwoSided(tv, df);
                double ps = Adjust.sidak(pv, family);
                String key = groups.get(k) + "@" + levels.get(l);
                r.value(key + ".diff", diff).value(key + ".t", tv).value(key + ".p", pv).value(key + ".pSidak", ps);
                t.row(groups.get(k) + " vs " + control + " at " + within + " " + levels.get(l), diff, tv, df, pv, ps);
            }
        }
        r.table(t.build());
    }
}
