package org.vivarium.publish.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.analysis.result.ResultTable;
import org.vivarium.publish.document.BulletList;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Run;
import org.vivarium.publish.document.Table;
import org.vivarium.publish.report.Outcomes.Outcome;

/**
 * Section 6: the study's question answered in words - per primary outcome, at which times each treated arm differs
 * from control and the last time it does - and the one-line headlines of the report's summary.
 */
final class DurabilitySection {

    private DurabilitySection() {
    }

    static void add(List<Outcome> outcomes, String control, Document.Builder d, Captions captions) {
        d.heading(1, "6 Durability of the effect");
        List<Outcome> primary = primary(outcomes);
        if (primary.isEmpty()) {
            d.paragraph("No primary outcome has results at two or more times since dose yet.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Outcome o : primary) {
            d.add(Paragraph.of(Run.bold(o.name() + ". ")));
            List<Paragraph> items = new ArrayList<>();
            for (Map.Entry<String, List<String>> arm : significant(o).entrySet()) {
                items.add(Paragraph.of(sentence(arm.getKey(), arm.getValue(), o.times(), control)));
                List<String> sig = arm.getValue();
                rows.add(List.of(o.name(), arm.getKey(), sig.isEmpty() ? "none" : String.join(", ", sig),
                        sig.isEmpty() ? "none" : sig.get(sig.size() - 1), notAt(sig, o.times())));
            }
            d.add(new BulletList(items));
        }
        d.add(new Table(captions.table("Times since dose at which each arm differs from " + control
                + " (Sidak-adjusted p < 0.05)"), List.of("Outcome", "Arm", "Significant at", "Last significant",
                        "Not significant at (before the last)"), rows, List.of(1.6, 0.9, 2.0, 1.0, 1.6)));
    }

    /** Headlines for the summary: "FST immobility vs VEH+VEH: KET+VEH differs up to 1 wk; VEH+BCI at no time". */
    static List<String> headlines(List<Outcome> outcomes, String control) {
        List<String> lines = new ArrayList<>();
        for (Outcome o : primary(outcomes)) {
            List<String> parts = new ArrayList<>();
            for (Map.Entry<String, List<String>> arm : significant(o).entrySet()) {
                List<String> sig = arm.getValue();
                parts.add(arm.getKey() + (parts.isEmpty() ? " differs" : "") + (sig.isEmpty() ? " at no time"
                        : " up to " + sig.get(sig.size() - 1)));
            }
            lines.add(o.name() + " vs " + control + ": " + String.join("; ", parts) + ".");
        }
        return lines;
    }

    static String sentence(String arm, List<String> significant, List<String> times, String control) {
        if (significant.isEmpty()) {
            return arm + " does not differ from " + control + " at any time since dose.";
        }
        String last = significant.get(significant.size() - 1);
        String gaps = notAt(significant, times);
        return arm + " differs from " + control + " at " + and(significant) + (gaps.equals("none") ? ""
                : " (not at " + gaps + ")") + "; the last significant difference is at " + last + ".";
    }

    private static String notAt(List<String> significant, List<String> times) {
        if (significant.isEmpty()) {
            return "\u2013";
        }
        List<String> gaps = new ArrayList<>();
        for (String t : times) {
            if (t.equals(significant.get(significant.size() - 1))) {
                break;
            }
            if (!significant.contains(t)) {
                gaps.add(t);
            }
        }
        return gaps.isEmpty() ? "none" : String.join(", ", gaps);
    }

    private static String and(List<String> items) {
        return items.size() == 1 ? items.get(0) : String.join(", ", items.subList(0, items.size() - 1)) + " and "
                + items.get(items.size() - 1);
    }

    private static List<Outcome> primary(List<Outcome> outcomes) {
        return outcomes.stream().filter(o -> o.measure().isPrimary() && o.result() != null
                && o.result().table("durability") != null).toList();
    }

    /** Per treated arm, the times with a significant difference, in time order. */
    private static Map<String, List<String>> significant(Outcome o) {
        ResultTable t = o.result().table("durability");
        Map<String, List<String>> m = new LinkedHashMap<>();
        int arm = t.columnIndex("arm");
        int at = t.columnIndex("significantAt");
        for (List<Object> row : t.rows()) {
            String s = String.valueOf(row.get(at));
            m.put(String.valueOf(row.get(arm)), s.equals("none") ? List.of() : List.of(s.split(",\\s*")));
        }
        return m;
    }
}
