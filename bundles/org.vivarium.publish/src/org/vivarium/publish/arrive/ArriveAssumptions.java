package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.result.AnalysisResult;
import org.vivarium.analysis.result.AssumptionCheck;
import org.vivarium.analysis.result.AssumptionChecks;
import org.vivarium.analysis.result.PValues;
import org.vivarium.publish.arrive.Outcomes.Outcome;

/**
 * ARRIVE item 7b from the assumption checks the analyses report (their "assumptions" table): per outcome and
 * analysis, each check with the timepoints at which it gave no evidence against the assumption, found it doubtful
 * (with p) or could not be run.
 */
final class ArriveAssumptions {

    private ArriveAssumptions() {
    }

    /** One line per outcome and analysis that checked assumptions; empty when none did. */
    static List<String> lines(Outcomes outcomes) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : outcomes.all()) {
            if (!o.anovas().isEmpty()) {
                String line = summary(o.anovas());
                if (line != null) {
                    lines.add(o.name() + ", two-way ANOVA at each timepoint: " + line);
                }
            }
            if (o.comparisons() != null) {
                String line = summary(Map.of("", o.comparisons()));
                if (line != null) {
                    lines.add(o.name() + ", comparisons with the control: " + line);
                }
            }
        }
        return lines;
    }

    /** "normality of residuals, Shapiro-Wilk: no evidence against at 24 h and 1 wk, doubtful at 4 wk (p = 0.021)". */
    private static String summary(Map<String, AnalysisResult> byTime) {
        Map<String, Map<String, List<String>>> checks = new LinkedHashMap<>();
        byTime.forEach((time, r) -> {
            if (r != null && r.isOk()) {
                for (AssumptionCheck c : AssumptionChecks.of(r)) {
                    String entry = (time.isEmpty() ? "" : time) + (c.doubtful() ? (time.isEmpty() ? "" : " ") + "("
                            + PValues.format(c.p()) + ")" : "");
                    checks.computeIfAbsent(c.check().toLowerCase() + ", " + c.test(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(c.verdict().label(), k -> new ArrayList<>()).add(entry);
                }
            }
        });
        if (checks.isEmpty()) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        checks.forEach((check, verdicts) -> {
            List<String> v = new ArrayList<>();
            verdicts.forEach((verdict, at) -> {
                List<String> where = at.stream().filter(x -> !x.isEmpty()).toList();
                boolean everywhere = verdicts.size() == 1 && byTime.size() > 1 && where.size() == byTime.size();
                v.add(verdict + (where.isEmpty() ? "" : everywhere ? " at every timepoint" : " at " + Formats.and(
                        where)));
            });
            parts.add(check + ": " + String.join(", ", v));
        });
        return String.join("; ", parts) + ".";
    }
}
