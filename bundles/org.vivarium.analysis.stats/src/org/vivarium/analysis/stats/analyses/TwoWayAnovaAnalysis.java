package org.vivarium.analysis.stats.analyses;

import java.util.ArrayList;
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
import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Column;
import org.vivarium.analysis.result.Note;
import org.vivarium.analysis.result.Point;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Series;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.analysis.stats.math.Adjust;
import org.vivarium.analysis.stats.math.Moments;
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.TwoWay;

/**
 * {@code two-way-anova}: two crossed between-subjects factors (e.g. Ketamine x BCI, treatment x sex, or treatment x
 * time when each timepoint has its own cohort) with interaction and Type III sums of squares (correct for unbalanced
 * cells), then simple effects: each factor compared within each level of the other, using the model's pooled error,
 * Sidak-adjusted within each factor's family, labelled for people as {@code Ketamine 10 mg/kg vs no, within BCI: no}
 * (statistic labels and the simple-effects table; the machine keys below stay). Values: {@code <A>.ss}, {@code .df}, {@code .f}, {@code .p},
 * {@code .partialEtaSquared} for A, B and {@code <A>:<B>}; {@code residual.ss}, {@code residual.df}; simple effects
 * {@code <A>[<B>=<b>].<a2>-<a1>.diff}, {@code .t}, {@code .p}, {@code .pSidak}; assumption checks: normality of the
 * residuals from the cell means ({@code shapiro.w}, {@code shapiro.p}) and equal variances of the cells
 * ({@code levene.f}, {@code levene.df1}, {@code levene.df2}, {@code levene.p}).
 */
public final class TwoWayAnovaAnalysis extends StatsAnalysis {

    private static final String COMPARISONS = "comparisons";

    public TwoWayAnovaAnalysis() {
        super("two-way-anova", "Two-way ANOVA (Type III)", Applicability.of(Applicability.Values.CONTINUOUS,
                Applicability.Design.TWO_FACTORS));
    }

    @Override
    List<Parameter> ownParameters() {
        return List.of(Parameter.factor(GROUP, "Factor A", "", "First factor (default: the first compound factor, "
                + "e.g. Ketamine)."), Parameter.factor(BY, "Factor B", "", "Second factor (default: the second "
                        + "compound factor, e.g. BCI; or time, sex)."),
                Parameter.choice(COMPARISONS, "Simple effects", List.of("pairwise", "vs-control"),
                        "Compare all pairs of levels, or each level with the control level (the first level, or "
                                + "the dataset's control)."));
    }

    @Override
    void analyse(Dataset data, Dataset.MeasureInfo measure, Parameters p, IProgressMonitor monitor,
            AnalysisResult.Builder r) throws AnalysisException {
        String[] f = factors(data, p.text(GROUP), p.text(BY));
        String fa = f[0];
        String fb = f[1];
        List<String> la = Inputs.splitLevels(data, fa);
        List<String> lb = Inputs.splitLevels(data, fb);
        if (la.size() < 2 || lb.size() < 2) {
            throw new AnalysisException("two-way ANOVA needs at least 2 levels of each factor: " + fa + " " + la
                    + ", " + fb + " " + lb);
        }
        if ((long) la.size() * lb.size() > Groups.MAX_GROUPS) {
            throw new AnalysisException("two-way ANOVA of " + fa + " x " + fb + " has " + la.size() * lb.size()
                    + " cells (" + la.size() + " x " + lb.size() + "): at most " + Groups.MAX_GROUPS
                    + " can be analysed; choose a subset");
        }
        List<Observation> obs = data.observations();
        int n = obs.size();
        int[] a = new int[n];
        int[] b = new int[n];
        double[] y = new double[n];
        Map<String, Integer> pa = Inputs.positions(la);
        Map<String, Integer> pb = Inputs.positions(lb);
        for (int i = 0; i < n; i++) {
            a[i] = pa.getOrDefault(obs.get(i).level(fa), -1);
            b[i] = pb.getOrDefault(obs.get(i).level(fb), -1);
            y[i] = obs.get(i).value();
        }
        TwoWay m;
        try {
            m = TwoWay.fit(a, b, y, la.size(), lb.size());
        } catch (IllegalArgumentException e) {
            throw new AnalysisException("two-way ANOVA needs values in every cell of " + fa + " x " + fb + "; "
                    + emptyCells(data, fa, fb, la, lb));
        }
        if (m.dfError() < 1 || m.sse() == 0) {
            throw new AnalysisException("two-way ANOVA needs replicates in the cells (residual df "
                    + (long) m.dfError() + ")");
        }
        ResultTable.Builder t = new ResultTable.Builder("anova", "Two-way ANOVA, Type III sums of squares")
                .column(Column.text("source", "Source")).column(Column.number("df", "df", ""))
                .column(Column.number("ss", "Sum of squares", "")).column(Column.number("ms", "Mean square", ""))
                .column(Column.number("f", "F", "")).column(Column.p("p", "p"))
                .column(Column.number("partialEtaSquared", "Partial eta squared", ""));
        effect(r, t, m, fa, m.ssA(), la.size() - 1.0);
        effect(r, t, m, fb, m.ssB(), lb.size() - 1.0);
        effect(r, t, m, fa + ":" + fb, m.ssAB(), (la.size() - 1.0) * (lb.size() - 1.0));
        t.row("Residual", m.dfError(), m.sse(), m.mse(), null, null, null);
        r.table(t.build());
        r.value("residual.ss", m.sse()).value("residual.df", m.dfError());
        boolean vsControl = p.text(COMPARISONS).equals("vs-control");
        SimpleEffects s = new SimpleEffects(r, m, measure.unit());
        s.family(fa, la, fb, lb, false, vsControl ? control(data, fa) : -1);
        s.family(fb, lb, fa, la, true, vsControl ? control(data, fb) : -1);
        r.table(s.table());
        assumptions(r, m, a, b, y, fa, fb);
        r.chart(interactionChart(measure, fa, la, fb, lb, m, data));
        r.note(Note.Kind.METHOD, "Two-way ANOVA with interaction, Type III sums of squares (unweighted marginal "
                + "means; equal to R's drop1 with sum-to-zero contrasts). Simple effects use the pooled residual "
                + "mean square (df " + Inputs.key(m.dfError()) + "), Sidak-adjusted within each factor's family.");
        r.note(Note.Kind.SAMPLE_SIZE, cellSizes(m, fa, la, fb, lb));
        Inputs.warnCensored(data, r);
    }

    private static void assumptions(AnalysisResult.Builder r, TwoWay m, int[] a, int[] b, double[] y, String fa,
            String fb) {
        int nb = m.levelsB();
        double[] residuals = new double[y.length];
        List<List<Double>> cells = new ArrayList<>();
        for (int c = 0; c < m.levelsA() * nb; c++) {
            cells.add(new ArrayList<>());
        }
        for (int i = 0; i < y.length; i++) {
            residuals[i] = y[i] - m.cellMean(a[i], b[i]);
            cells.get(a[i] * nb + b[i]).add(y[i]);
        }
        double[][] groups = cells.stream().map(c -> c.stream().mapToDouble(Double::doubleValue).toArray())
                .toArray(double[][]::new);
        new Assumptions().normality(r, residuals, "residuals (values minus their " + fa + " x " + fb + " cell mean)",
                "with small cells transform the values (e.g. log) or analyse each factor with a rank test.")
                .equalVariances(r, groups, fa + " x " + fb + " cells", Assumptions.ANOVA_UNEQUAL).report(r);
    }

    private static int control(Dataset data, String factor) throws AnalysisException {
        return data.levels(factor).indexOf(Inputs.control(data, factor, null));
    }

    private static void effect(AnalysisResult.Builder r, ResultTable.Builder t, TwoWay m, String name, double ss,
            double df) {
        double ms = ss / df;
        double f = ms / m.mse();
        double p = Probabilities.fUpper(f, df, m.dfError());
        double eta = ss / (ss + m.sse());
        t.row(name, df, ss, ms, f, p, eta);
        r.statistic(Statistic.of("F(" + name + ")", "Two-way ANOVA, Type III").statistic("F", f)
                .df(df, m.dfError()).p(p).effectSize("partial eta squared", eta).build());
        r.value(name + ".ss", ss).value(name + ".df", df).value(name + ".f", f).value(name + ".p", p)
                .value(name + ".partialEtaSquared", eta);
    }

    /** Factor A and B: the parameters, else the first two compound factors of a study dataset. */
    private static String[] factors(Dataset data, String a, String b) throws AnalysisException {
        List<String> candidates = new ArrayList<>(data.factors());
        candidates.removeAll(List.of(Dataset.ARM, Dataset.SEX, Dataset.COHORT, Dataset.TIME));
        String fa = !a.isBlank() ? a : candidates.isEmpty() ? "" : candidates.get(0);
        candidates.remove(fa);
        String fb = !b.isBlank() ? b : candidates.isEmpty() ? "" : candidates.get(0);
        if (fa.isBlank() || fb.isBlank() || fa.equals(fb)) {
            throw new AnalysisException("two-way ANOVA needs two different factors: set group and by (factors: "
                    + data.factors() + ")");
        }
        Inputs.checkFactor(data, fa);
        Inputs.checkFactor(data, fb);
        return new String[] { fa, fb };
    }

    private static String emptyCells(Dataset data, String fa, String fb, List<String> la, List<String> lb) {
        List<String> empty = new ArrayList<>();
        for (String x : la) {
            for (String z : lb) {
                if (data.observations().stream().noneMatch(o -> x.equals(o.level(fa)) && z.equals(o.level(fb)))) {
                    empty.add(fa + "=" + x + " & " + fb + "=" + z);
                }
            }
        }
        String list = Inputs.shortList(empty);
        return "empty: " + list.substring(1, list.length() - 1);
    }

    private static String cellSizes(TwoWay m, String fa, List<String> la, String fb, List<String> lb) {
        StringBuilder s = new StringBuilder("n per cell: ");
        boolean balanced = true;
        for (int i = 0; i < la.size(); i++) {
            for (int j = 0; j < lb.size(); j++) {
                s.append(i + j == 0 ? "" : ", ").append(fa).append('=').append(la.get(i)).append(' ').append(fb)
                        .append('=').append(lb.get(j)).append(": ").append(m.cellN(i, j));
                balanced &= m.cellN(i, j) == m.cellN(0, 0);
            }
        }
        return s.append(balanced ? " (balanced)." : " (unbalanced: Type III sums of squares).").toString();
    }

    private static ChartSpec interactionChart(Dataset.MeasureInfo measure, String fa, List<String> la, String fb,
            List<String> lb, TwoWay m, Dataset data) {
        List<Series> series = new ArrayList<>();
        for (int j = 0; j < lb.size(); j++) {
            List<Point> points = new ArrayList<>();
            for (int i = 0; i < la.size(); i++) {
                String x = la.get(i);
                String z = lb.get(j);
                double[] v = data.observations().stream().filter(o -> x.equals(o.level(fa)) && z.equals(o.level(fb)))
                        .mapToDouble(Observation::value).toArray();
                double sem = v.length > 1 ? Moments.sd(v) / Math.sqrt(v.length) : 0;
                points.add(Point.category(x, m.cellMean(i, j), m.cellMean(i, j) - sem, m.cellMean(i, j) + sem));
            }
            series.add(new Series(fb + " " + lb.get(j), Series.Style.LINE_WITH_ERROR, points));
        }
        return new ChartSpec(ChartSpec.Kind.TIME_COURSE, measure.label() + ": " + fa + " x " + fb + " (mean ± SEM)",
                fa, measure.axisLabel(), ChartSpec.Axis.CATEGORY, la, ChartSpec.ErrorBars.SEM, series, List.of());
    }

    /** Simple-effect comparisons with the model's pooled error, Sidak within each family. */
    private static final class SimpleEffects {
        private final AnalysisResult.Builder r;
        private final TwoWay m;
        private final ResultTable.Builder table;

        SimpleEffects(AnalysisResult.Builder r, TwoWay m, String unit) {
            this.r = r;
            this.m = m;
            this.table = new ResultTable.Builder("simpleEffects", "Simple effects (Sidak within each factor)")
                    .column(Column.text("comparison", "Comparison")).column(Column.number("diff", "Difference", unit))
                    .column(Column.number("t", "t", "")).column(Column.p("p", "p"))
                    .column(Column.p("pSidak", "Sidak p"));
        }

        /** Compares levels of {@code factor} within each level of {@code other}; control >= 0: vs control only. */
        void family(String factor, List<String> levels, String other, List<String> otherLevels, boolean swapped,
                int control) {
            List<int[]> pairs = new ArrayList<>();
            for (int i = 0; i < levels.size(); i++) {
                for (int j = i + 1; j < levels.size(); j++) {
                    if (control < 0 || i == control || j == control) {
                        pairs.add(control == j ? new int[] { j, i } : new int[] { i, j });
                    }
                }
            }
            int family = pairs.size() * otherLevels.size();
            for (int o = 0; o < otherLevels.size(); o++) {
                for (int[] pair : pairs) {
                    double m1 = swapped ? m.cellMean(o, pair[0]) : m.cellMean(pair[0], o);
                    double m2 = swapped ? m.cellMean(o, pair[1]) : m.cellMean(pair[1], o);
                    long n1 = swapped ? m.cellN(o, pair[0]) : m.cellN(pair[0], o);
                    long n2 = swapped ? m.cellN(o, pair[1]) : m.cellN(pair[1], o);
                    double diff = m2 - m1;
                    double t = diff / Math.sqrt(m.mse() * (1.0 / n1 + 1.0 / n2));
                    double p = Probabilities.tTwoSided(t, m.dfError());
                    double ps = Adjust.sidak(p, family);
                    String key = factor + "[" + other + "=" + otherLevels.get(o) + "]." + levels.get(pair[1]) + "-"
                            + levels.get(pair[0]);
                    r.value(key + ".diff", diff).value(key + ".t", t).value(key + ".p", p).value(key + ".pSidak", ps);
                    String label = factor + " " + levels.get(pair[1]) + " vs " + levels.get(pair[0]) + ", within "
                            + other + ": " + otherLevels.get(o);
                    r.statistic(Statistic.of(key, "simple effect, pooled error").label(label).statistic("t", t)
                            .df(m.dfError()).p(p).adjusted("Sidak", ps).estimate("difference", diff).build());
                    table.row(label, diff, t, p, ps);
                }
            }
        }

        ResultTable table() {
            return table.build();
        }
    }
}
