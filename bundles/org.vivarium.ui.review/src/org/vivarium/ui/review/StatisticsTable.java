package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.vivarium.analysis.result.Statistic;

/**
 * Test statistics as a table with one column per part: comparison, estimate, confidence interval, statistic, df, p
 * (as journals print it), adjusted p, effect size and test. Columns no statistic fills are left out; a name all rows
 * share goes into the header ("t", "Estimate (mean difference)"). Copying gives the values at full precision.
 */
final class StatisticsTable {

    private final List<Statistic> statistics;
    private final List<String> headers = new ArrayList<>();
    private final List<Function<Statistic, String>> shown = new ArrayList<>();
    private final List<Function<Statistic, String>> exact = new ArrayList<>();

    private StatisticsTable(List<Statistic> statistics) {
        this.statistics = statistics;
    }

    /** Adds the table (with its title) to a parent; null when there are no statistics. */
    static Table create(Composite parent, String title, List<Statistic> statistics) {
        if (statistics.isEmpty()) {
            return null;
        }
        StatisticsTable t = new StatisticsTable(statistics);
        t.columns();
        List<List<String>> rows = new ArrayList<>();
        for (Statistic s : statistics) {
            rows.add(t.shown.stream().map(f -> f.apply(s)).toList());
        }
        Table table = SimpleTable.create(parent, title, t.headers, rows);
        table.setToolTipText("Ctrl+C copies the selected rows (or the table) at full precision");
        for (int i = 0; i < statistics.size(); i++) {
            Statistic s = statistics.get(i);
            TableCopy.setValues(table.getItem(i), t.exact.stream().map(f -> f.apply(s)).toList());
        }
        return table;
    }

    private void columns() {
        column("Comparison", Statistic::label, Statistic::key);
        if (any(Statistic::estimate)) {
            String name = common(Statistic::estimateName);
            column(name == null ? "Estimate" : "Estimate (" + name + ")",
                    s -> s.estimate() == null ? "" : (name == null && s.estimateName() != null ? s.estimateName()
                            + " " : "") + TableNumbers.estimate(s.estimate()), s -> full(s.estimate()));
        }
        if (any(Statistic::ciLower)) {
            Double level = common(Statistic::ciLevel);
            column(level == null ? "CI" : percent(level) + " CI", s -> s.ciLower() == null ? ""
                    : (level == null && s.ciLevel() != null ? percent(s.ciLevel()) + ": " : "")
                    + "[" + TableNumbers.estimate(s.ciLower()) + ", " + TableNumbers.estimate(s.ciUpper()) + "]",
                    s -> s.ciLower() == null ? "" : "[" + full(s.ciLower()) + ", " + full(s.ciUpper()) + "]");
        }
        if (any(Statistic::statistic)) {
            String name = common(Statistic::statisticName);
            column(name == null ? "Statistic" : name, s -> s.statistic() == null ? "" : (name == null
                    ? s.statisticName() + " = " : "") + TableNumbers.statistic(s.statistic()), s -> full(s.statistic()));
            if (any(Statistic::df)) {
                column("df", s -> df(s, false), s -> df(s, true));
            }
        }
        if (any(Statistic::p)) {
            column("p", s -> s.p() == null ? "" : TableNumbers.format(s.p()), s -> full(s.p()));
        }
        if (any(Statistic::pAdjusted)) {
            String method = common(Statistic::adjustment);
            column(method == null ? "p adjusted" : "p (" + method + ")", s -> s.pAdjusted() == null ? ""
                    : TableNumbers.format(s.pAdjusted()) + (method == null && s.adjustment() != null ? " ("
                            + s.adjustment() + ")" : ""), s -> full(s.pAdjusted()));
        }
        if (any(Statistic::effectSize)) {
            String name = common(Statistic::effectSizeName);
            column(name == null ? "Effect size" : name, s -> s.effectSize() == null ? "" : (name == null
                    ? s.effectSizeName() + " " : "") + TableNumbers.estimate(s.effectSize()), s -> full(s.effectSize()));
        }
        column("Test", Statistic::test, Statistic::test);
    }

    /** e.g. "95 %", "99.9 %". */
    private static String percent(double level) {
        double v = Math.round(level * 1000) / 10.0;
        return (v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v)) + " %";
    }

    private static String df(Statistic s, boolean full) {
        if (s.df() == null) {
            return "";
        }
        Function<Double, String> f = full ? StatisticsTable::full : TableNumbers::df;
        return f.apply(s.df()) + (s.df2() == null ? "" : ", " + f.apply(s.df2()));
    }

    private void column(String header, Function<Statistic, String> show, Function<Statistic, String> copy) {
        headers.add(header);
        shown.add(show);
        exact.add(copy);
    }

    private boolean any(Function<Statistic, ?> field) {
        return statistics.stream().anyMatch(s -> field.apply(s) != null);
    }

    /** The value all statistics that have one share, or null when they differ. */
    private <T> T common(Function<Statistic, T> field) {
        List<T> values = statistics.stream().map(field).filter(Objects::nonNull).distinct().toList();
        return values.size() == 1 ? values.get(0) : null;
    }

    private static String full(Double v) {
        return v == null ? "" : v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString(v.longValue())
                : Double.toString(v);
    }
}
