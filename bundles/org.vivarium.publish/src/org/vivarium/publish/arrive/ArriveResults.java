package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.ResultTable;
import org.vivarium.analysis.result.Statistic;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Study;
import org.vivarium.publish.arrive.Outcomes.Outcome;
import org.vivarium.publish.document.Heading;
import org.vivarium.publish.document.Table;

/** ARRIVE item 10: per outcome, n, mean, SD and SEM per group, and the effect estimates with CIs and p. */
final class ArriveResults {

    private final Study study;
    private final Naming naming;
    private final Checklist out;

    ArriveResults(Study study, Naming naming, Checklist out) {
        this.study = study;
        this.naming = naming;
        this.out = out;
    }

    void write(Outcomes outcomes) {
        out.item(10, "Results");
        if (outcomes.all().isEmpty()) {
            out.toComplete("10a", "the results: summary statistics per group with a measure of variability", "enter "
                    + "the measurements (the Bench data-entry grid, or vivarium import), then make this report again");
            out.toComplete("10b", "the effect sizes with confidence intervals", "as for 10a");
            return;
        }
        List<String> pending = Outcomes.empty(study).stream().map(s -> s.getName()).toList();
        out.reported("10a", "For each outcome: n, mean, SD and SEM per arm and timepoint (the unit is the animal, or "
                + "the cage for cage-level assays; values after the exclusions of item 3)." + (pending.isEmpty() ? ""
                        : " Sessions without values yet are not included: " + Formats.and(pending) + "."));
        boolean effects = outcomes.all().stream().anyMatch(o -> ok(o.comparisons()));
        if (effects) {
            out.reported("10b", "Effects: each treated arm minus the control arm " + naming.arm(Studies.controlArm(
                    study)) + " at each timepoint, with 95% confidence intervals and p-values Sidak-adjusted over the "
                    + "arm \u00d7 timepoint comparisons of the outcome, and Cohen's d; hazard ratios for censored "
                    + "latencies; for the primary measures, the two-way ANOVA at each timepoint.");
        } else {
            out.toComplete("10b", "the effect sizes with confidence intervals", naming.blinded() ? "break the code "
                    + "(Study > Unblind..., or vivarium unblind) when the data are final, then make this report again"
                    : "mark the control arm (Study design editor > Treatments > Arms > Control arm) so that arms can "
                            + "be compared");
        }
        for (Outcome o : outcomes.all()) {
            out.add(new Heading(3, o.name() + (o.primary() ? ", primary measure" : "")));
            descriptives(o);
            if (o.comparisons() != null) {
                comparisons(o, o.comparisons());
            }
            if (!o.anovas().isEmpty()) {
                anovas(o);
            }
        }
    }

    private static boolean ok(AnalysisResult r) {
        return r != null && r.isOk();
    }

    private boolean failed(String what, AnalysisResult r) {
        if (r == null) {
            return true;
        }
        if (!r.isOk()) {
            out.paragraph(what + " could not be computed: " + r.message());
            return true;
        }
        return false;
    }

    private void descriptives(Outcome o) {
        AnalysisResult r = o.descriptives();
        if (failed("The descriptive statistics", r)) {
            return;
        }
        ResultTable t = r.table(Outcomes.DESCRIPTIVES);
        int group = t.columnIndex("group");
        int by = t.columnIndex("by");
        int n = t.columnIndex("n");
        List<Double> means = new ArrayList<>();
        t.rows().forEach(row -> means.add((Double) row.get(t.columnIndex("mean"))));
        int decimals = Formats.decimalsFor(means);
        List<List<String>> rows = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            rows.add(List.of(naming.armOfLevel((String) row.get(group)), by < 0 ? "" : (String) row.get(by),
                    String.valueOf(row.get(n)), num(row.get(t.columnIndex("mean")), decimals), num(row.get(t
                            .columnIndex("sd")), decimals), num(row.get(t.columnIndex("sem")), decimals)));
        }
        if (naming.blinded()) {
            rows.sort(Comparator.comparing((List<String> x) -> x.get(0)));
        }
        String unit = unit(o);
        out.table(new Table(o.name() + ": descriptive statistics", List.of("Arm", "Time", "n", "Mean" + unit, "SD"
                + unit, "SEM" + unit), rows));
        if (o.censored()) {
            out.small("Censored values (" + o.data().observations().stream().filter(x -> x.censored()).count()
                    + ") enter the mean at the cutoff, so the means underestimate; the medians of the log-rank "
                    + "comparisons below account for censoring.");
        }
    }

    private static String unit(Outcome o) {
        String u = o.measure().getUnit();
        return u == null || u.isBlank() ? "" : " (" + u + ")";
    }

    /** " (s)" as ", s" for headers that have a bracket of their own. */
    private static String comma(String unit) {
        return unit.isEmpty() ? "" : ", " + unit.substring(2, unit.length() - 1);
    }

    private static String num(Object v, int decimals) {
        return v instanceof Double d ? Formats.number(d, decimals) : "\u2013";
    }

    private void comparisons(Outcome o, AnalysisResult r) {
        if (failed("The comparisons with the control", r)) {
            return;
        }
        ResultTable t = r.table("comparisons");
        List<List<String>> rows = new ArrayList<>();
        List<Double> diffs = new ArrayList<>();
        r.statistics().forEach(s -> diffs.add(s.estimate()));
        int decimals = Formats.decimalsFor(diffs.stream().filter(d -> d != null).toList());
        for (Statistic s : r.statistics()) {
            // statistics are keyed arm@time; the table's row of a statistic is the one labelled as it is
            String key = s.key();
            int at = key.lastIndexOf('@');
            List<Object> row = t.rows().stream().filter(x -> s.label().equals(x.get(0))).findFirst().orElse(null);
            if (at < 0 || row == null) {
                continue;
            }
            String arm = naming.armOfLevel(key.substring(0, at));
            String time = key.substring(at + 1);
            String n = row.get(t.columnIndex("n")) + " / " + row.get(t.columnIndex("nControl"));
            if (o.censored()) {
                rows.add(List.of(arm, time, n, median(row.get(t.columnIndex("median"))) + " / " + median(row.get(
                        t.columnIndex("medianControl"))), s.effectSize() == null ? "\u2013" : Formats.twoDecimals(s
                                .effectSize()), Formats.twoDecimals(s.statistic()), Formats.pValue(s.reportedP())));
            } else {
                rows.add(List.of(arm, time, n, Formats.number(s.estimate(), decimals) + " (" + Formats.number(s
                        .ciLower(), decimals) + " to " + Formats.number(s.ciUpper(), decimals) + ")", Formats
                                .twoDecimals(s.statistic()) + " (" + Formats.number(s.df(), 0) + ")", Formats.pValue(s
                                        .reportedP()), s.effectSize() == null ? "\u2013" : Formats.twoDecimals(s
                                                .effectSize())));
            }
        }
        String control = naming.arm(Studies.controlArm(study));
        String unit = unit(o);
        if (o.censored()) {
            out.table(new Table(o.name() + ": each arm vs " + control + " (log-rank, Sidak-adjusted)", List.of("Arm",
                    "Time", "n (arm / control)", "Median" + comma(unit) + " (arm / control)", "Hazard ratio",
                    "Chi-square (1 df)", "p (Sidak)"), rows));
            out.small("A hazard ratio above 1 means the event (e.g. feeding) came sooner in the arm than in "
                    + control + "; medians that the cutoff prevents from being estimated are \"not reached\".");
        } else {
            out.table(new Table(o.name() + ": difference from " + control + " (95% CI, Sidak-adjusted)", List.of("Arm",
                    "Time", "n (arm / control)", "Difference" + comma(unit) + " (95% CI)", "t (df)", "p (Sidak)",
                    "Cohen's d"), rows, List.of(1.0, 0.7, 1.0, 2.2, 1.1, 0.9, 0.9)));
        }
        durability(r, control);
    }

    private static String median(Object v) {
        return v instanceof Double d ? Formats.number(d, 0) : "not reached";
    }

    /** One clause per arm: the timepoints at which it differed from the control, and those at which it did not. */
    private void durability(AnalysisResult r, String control) {
        ResultTable t = r.table("durability");
        if (t == null) {
            return;
        }
        List<String> parts = new ArrayList<>();
        for (List<Object> row : t.rows()) {
            String level = (String) row.get(0);
            String at = (String) row.get(1);
            List<String> significant = "none".equals(at) ? List.of() : List.of(at.split(", "));
            List<String> not = r.statistics().stream().map(Statistic::key).filter(k -> k.startsWith(level + "@"))
                    .map(k -> k.substring(level.length() + 1)).filter(x -> !significant.contains(x)).toList();
            String arm = naming.armOfLevel(level);
            parts.add(significant.isEmpty() ? arm + " at no timepoint" : arm + " at " + Formats.and(significant)
                    + (not.isEmpty() ? "" : " (not at " + Formats.and(not) + ")"));
        }
        if (!parts.isEmpty()) {
            out.paragraph("Differences from " + control + " with Sidak-adjusted p < 0.05: " + String.join("; ", parts)
                    + ".");
        }
    }

    private void anovas(Outcome o) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, AnalysisResult> e : o.anovas().entrySet()) {
            AnalysisResult r = e.getValue();
            if (r == null) {
                continue;
            }
            if (!r.isOk()) {
                rows.add(List.of(e.getKey(), "not computed: " + r.message(), "", "", ""));
                continue;
            }
            for (Statistic s : r.statistics()) {
                if (s.key().startsWith("F(")) {
                    String effect = s.key().substring(2, s.key().length() - 1).replace(":", " \u00d7 ");
                    String f = "F(" + Formats.number(s.df(), 0) + ", " + Formats.number(s.df2(), 0) + ") = "
                            + Formats.number(s.statistic(), s.statistic() >= 100 ? 1 : 2);
                    rows.add(List.of(e.getKey(), effect, f, Formats.pValue(s.p()), Formats.twoDecimals(s
                            .effectSize())));
                }
            }
        }
        out.table(new Table(o.name() + ": two-way ANOVA (" + String.join(" \u00d7 ", factorsOf(o)) + ") at each "
                + "timepoint", List.of("Time", "Effect", "F", "p", "Partial \u03b7\u00b2"), rows, List.of(0.8, 1.8,
                        1.6, 0.9, 1.0)));
    }

    private static List<String> factorsOf(Outcome o) {
        return o.anovas().values().stream().filter(r -> r != null && r.isOk()).findFirst().map(r -> r.statistics()
                .stream().map(Statistic::key).filter(k -> k.startsWith("F(") && !k.contains(":")).map(k -> k.substring(
                        2, k.length() - 1)).toList()).orElse(List.of());
    }
}
