package org.vivarium.publish.report;

import java.util.List;

import org.vivarium.analysis.result.ChartSpec;
import org.vivarium.analysis.result.Note;
import org.vivarium.model.AssayDefinition;
import org.vivarium.publish.charts.ChartSize;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Figure;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Table;
import org.vivarium.publish.report.Outcomes.Outcome;

/**
 * Section 5: each outcome (assay and measure with values): the effect over time as a figure, the comparisons with
 * control as a table (n per group, estimate, CI, statistic, p), and how they were computed.
 */
final class OutcomeSection {

    private OutcomeSection() {
    }

    static void add(List<Outcome> outcomes, String control, Document.Builder d, Captions captions) {
        d.heading(1, "5 Outcomes");
        if (outcomes.isEmpty()) {
            d.paragraph("No assay has measurements yet.");
            return;
        }
        d.paragraph("Each measure with values, each treated arm compared with " + control + " at each time since dose"
                + " by the built-in durability analysis (Sidak-adjusted over all arm \u00d7 time comparisons).");
        AssayDefinition assay = null;
        for (Outcome o : outcomes) {
            if (o.assay() != assay) {
                assay = o.assay();
                d.heading(2, assay.getName() + " (" + assay.getCode() + ")");
            }
            String unit = o.measure().getUnit() == null || o.measure().getUnit().isBlank() ? ""
                    : " (" + o.measure().getUnit() + ")";
            d.heading(3, o.measure().getLabel() + unit + (o.measure().isPrimary() ? ", primary outcome" : ""));
            if (o.result() == null) {
                d.paragraph(o.problem());
                continue;
            }
            ChartSpec effect = o.result().charts().stream().filter(s -> s.kind() == ChartSpec.Kind.EFFECT_OVER_TIME)
                    .findFirst().orElse(null);
            if (effect != null) {
                d.add(new Figure(effect, ChartSize.DOUBLE_COLUMN, captions.figure(caption(o, effect, control))));
            }
            Table stats = StatisticsTable.of(o.result(), captions.table(o.measure().getLabel() + unit + ": each arm vs "
                    + control + " at each time since dose"));
            if (stats != null) {
                d.add(stats);
            }
            for (Note n : o.result().notes()) {
                if (n.kind() == Note.Kind.METHOD || n.kind() == Note.Kind.EXCLUSION) {
                    d.add(Paragraph.small(n.text()));
                }
            }
        }
    }

    private static String caption(Outcome o, ChartSpec effect, String control) {
        boolean hazard = effect.errorBars() == ChartSpec.ErrorBars.NONE;
        return o.assay().getCode() + " " + o.measure().getLabel().toLowerCase(java.util.Locale.ROOT) + ": "
                + (hazard ? "hazard ratio vs " + control : "difference from " + control + " (mean, Sidak-adjusted 95% CI)")
                + " at each time since dose; a vertical line marks each arm's last significant time.";
    }
}
