package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;
import org.vivarium.core.study.Labels;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.ExperimentalUnit;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;
import org.vivarium.model.TimeDesign;
import org.vivarium.model.TreatmentArm;

/** ARRIVE items 6 (outcome measures) and 7 (statistical methods of the analyses this report runs). */
final class ArriveMeasures {

    private final Study study;
    private final Naming naming;
    private final Checklist out;

    ArriveMeasures(Study study, Naming naming, Checklist out) {
        this.study = study;
        this.naming = naming;
        this.out = out;
    }

    void write(Outcomes outcomes) {
        out.item(6, "Outcome measures");
        measures();
        out.item(7, "Statistical methods");
        methods(outcomes);
        assumptions(outcomes);
    }

    private List<AssayDefinition> used() {
        return study.getAssays().stream().filter(a -> !a.getSessions().isEmpty()).toList();
    }

    private void measures() {
        List<AssayDefinition> assays = used();
        if (assays.isEmpty()) {
            out.toComplete("6a", "the outcome measures", "add the assays' sessions in Study design editor > Assays");
            return;
        }
        out.reported("6a", "Outcomes were measured in " + Formats.count(assays.size(), "assay") + ":");
        List<String> lines = new ArrayList<>();
        for (AssayDefinition a : assays) {
            StringBuilder b = new StringBuilder(a.getName() + " (" + a.getCode() + "; unit: " + (a.getUnit()
                    == ExperimentalUnit.CAGE ? "cage" : "animal") + ").");
            if (Formats.given(a.getProtocol()) != null) {
                b.append(" ").append(Formats.sentence(a.getProtocol()));
            }
            List<String> ms = new ArrayList<>();
            for (MeasureDefinition m : a.getMeasures()) {
                ms.add(measure(m));
            }
            b.append(" Measures: ").append(String.join("; ", ms)).append(".");
            lines.add(b.toString());
        }
        out.bullets(lines);
        List<String> primaries = new ArrayList<>();
        for (AssayDefinition a : assays) {
            a.getMeasures().stream().filter(MeasureDefinition::isPrimary).forEach(m -> primaries.add(a.getCode() + " "
                    + label(m)));
        }
        if (!primaries.isEmpty()) {
            out.reported("6b", "Primary measure of each assay (as flagged in the study): " + Formats.and(primaries)
                    + ".");
        }
        if (primaries.size() != 1) {
            out.toComplete("6b", "the primary outcome measure of the study (the one the hypothesis and the sample size "
                    + "refer to)", primaries.isEmpty() ? "flag it in Study design editor > Assays > Measures > Primary "
                            + "outcome" : "in the manuscript (Vivarium flags one primary measure per assay)");
        }
    }

    private static String measure(MeasureDefinition m) {
        StringBuilder b = new StringBuilder(label(m));
        List<String> facts = new ArrayList<>();
        if (Formats.given(m.getUnit()) != null) {
            facts.add(m.getUnit());
        }
        if (m.getMinimum() != null && m.getMaximum() != null) {
            facts.add("valid range " + Labels.number(m.getMinimum()) + Formats.DASH + Labels.number(m.getMaximum()));
        }
        if (m.getCensoringCutoff() != null) {
            facts.add("censored at " + Labels.number(m.getCensoringCutoff()) + " " + m.getUnit());
        }
        if (m.isPrimary()) {
            facts.add("primary");
        }
        if (!facts.isEmpty()) {
            b.append(" (").append(String.join(", ", facts)).append(")");
        }
        if (Formats.given(m.getDescription()) != null) {
            b.append(": ").append(m.getDescription().strip().replaceAll("\\.$", ""));
        }
        return b.toString();
    }

    static String label(MeasureDefinition m) {
        return m.getLabel() == null || m.getLabel().isBlank() ? m.getName() : m.getLabel().toLowerCase();
    }

    private void methods(Outcomes outcomes) {
        if (outcomes.all().isEmpty()) {
            out.toComplete("7a", "the statistical methods", "enter the measurements, then make this report again: "
                    + "it describes the analyses it runs");
            return;
        }
        List<String> lines = new ArrayList<>();
        lines.add("Descriptive statistics of every measure per arm and timepoint: n, mean, SD and SEM (unit: the "
                + "animal, or the cage for cage-level assays).");
        TreatmentArm control = Studies.controlArm(study);
        boolean continuous = outcomes.all().stream().anyMatch(o -> o.comparisons() != null && !o.censored());
        boolean censored = outcomes.all().stream().anyMatch(o -> o.comparisons() != null && o.censored());
        boolean anova = outcomes.all().stream().anyMatch(o -> !o.anovas().isEmpty());
        if (continuous) {
            lines.add("Durability of the effect (continuous measures): each treated arm was compared with the control "
                    + "arm " + naming.arm(control) + " at each timepoint by t tests with the pooled error of the arm "
                    + "\u00d7 time model" + (study.getTimeDesign() == TimeDesign.REPEATED_MEASURES
                            ? " at each timepoint (the animals were retested)" : " (between subjects: one cohort per "
                                    + "timepoint)") + "; p-values and 95% confidence intervals of the mean differences "
                    + "are Sidak-adjusted over all arm \u00d7 timepoint comparisons of the measure; the effect size is "
                    + "Cohen's d (pooled SD of the two groups).");
        }
        if (censored) {
            lines.add("Latencies censored at a cutoff: each treated arm was compared with " + naming.arm(control)
                    + " at each timepoint by log-rank (Mantel-Cox) tests, Sidak-adjusted as above; the effect is the "
                    + "hazard ratio (O/E of the arm over O/E of the control), with medians per group.");
        }
        if (anova) {
            lines.add("Factorial analysis: for the primary continuous measure of each assay, a two-way ANOVA ("
                    + String.join(" \u00d7 ", outcomes.factors()) + " with interaction; Type III sums of squares, "
                    + "correct for unequal n) at each timepoint, with partial eta squared as the effect size.");
        }
        lines.add((continuous || censored || anova ? "All tests are two-sided with alpha = 0.05. " : "")
                + "Analyses were run by " + software() + "; its built-in analyses are verified against the NIST StRD "
                + "reference data and R 4.x.");
        out.reported("7a", "The analyses in this report (item 10) are:");
        out.bullets(lines);
        if (naming.blinded()) {
            out.toComplete("7a", "the comparisons between the arms: the treatments are still coded, so this report "
                    + "gives descriptive statistics per coded arm only", "break the code (vivarium unblind, or Study > "
                            + "Unblind...) when the data are final, then make this report again");
        }
        if (!outcomes.missing().isEmpty()) {
            out.toComplete("7a", "the analyses " + String.join(", ", outcomes.missing()) + ", which are not installed",
                    "install the analysis plug-ins (vivarium analyses lists the installed ones)");
        }
        out.paragraph("If the manuscript reports other analyses (e.g. run in Prism or R), describe them there as "
                + "well, with the software and version.");
    }

    private void assumptions(Outcomes outcomes) {
        List<String> checks = ArriveAssumptions.lines(outcomes);
        if (checks.isEmpty()) {
            out.toComplete("7b", "how the assumptions of the t tests and ANOVAs (normality of the residuals, equal "
                    + "variances) were assessed and what was done when they were not met", "in the manuscript (e.g. "
                            + "residual Q-Q plots and group SDs; item 10 gives the SD of every group)");
            return;
        }
        out.reported("7b", "The analyses checked their assumptions (a check with p < 0.05 marks the assumption as "
                + "doubtful; p of 0.05 or more is no evidence against it, not proof that it holds):");
        out.bullets(checks);
        boolean doubtful = checks.stream().anyMatch(c -> c.contains(": doubtful") || c.contains(", doubtful"));
        out.toComplete("7b", (doubtful ? "what was done where an assumption is doubtful (e.g. a transformation, or a "
                + "rank-based test), and " : "") + "how the assumptions of the comparisons with the control were "
                + "assessed (their t tests use the pooled error of all groups, which assumes equal variances)",
                "in the manuscript");
    }

    /** "Vivarium 1.0.0", from the bundle's version when running in OSGi. */
    static String software() {
        Bundle bundle = FrameworkUtil.getBundle(ArriveMeasures.class);
        if (bundle == null) {
            return "Vivarium";
        }
        Version v = bundle.getVersion();
        return "Vivarium " + v.getMajor() + "." + v.getMinor() + "." + v.getMicro();
    }
}
