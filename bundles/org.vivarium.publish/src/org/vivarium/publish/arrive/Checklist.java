package org.vivarium.publish.arrive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.vivarium.publish.document.Block;
import org.vivarium.publish.document.BulletList;
import org.vivarium.publish.document.Document;
import org.vivarium.publish.document.Paragraph;
import org.vivarium.publish.document.Run;
import org.vivarium.publish.document.Table;

/**
 * Writes the report item by item and remembers, for each sub-item, whether it was filled from the study or is left
 * to complete, for the summary table at the end.
 */
final class Checklist {

    /** One sub-item and what the report says about it: reported from the study, to complete, or both (in part). */
    static final class Entry {
        final String item;
        final String label;
        boolean reported;
        boolean open;

        Entry(String item, String label) {
            this.item = item;
            this.label = label;
        }

        String status() {
            return reported ? open ? "reported, part to complete" : "reported" : "to complete";
        }
    }

    private final Document.Builder document;
    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private String item = "";

    Checklist(Document.Builder document) {
        this.document = document;
    }

    /** A section heading (level 1), e.g. "The ARRIVE Essential 10". */
    void section(String title) {
        document.heading(1, title);
    }

    /** Starts an item: "1. Study design". */
    void item(int number, String title) {
        item = number + ". " + title;
        document.heading(2, item);
    }

    /** A sub-item filled from the study: "1a Groups. text". */
    void reported(String label, String text) {
        reported(label, Run.plain(text));
    }

    /** A sub-item filled from the study, with styled runs. */
    void reported(String label, Run... runs) {
        List<Run> all = new ArrayList<>();
        all.add(Run.bold(label + " "));
        all.addAll(List.of(runs));
        document.add(new Paragraph(all, Paragraph.Style.NORMAL));
        entry(label).reported = true;
    }

    /**
     * A sub-item (or a part of one, with {@code partial}) the study cannot fill: "To complete: what - enter it in
     * where". A part of a reported sub-item keeps the sub-item counted as reported.
     */
    void toComplete(String label, String what, String where) {
        document.add(new Paragraph(List.of(Run.bold(label + " "), Run.plain("To complete: " + what + " \u2014 "
                + where + ".")), Paragraph.Style.TO_COMPLETE));
        entry(label).open = true;
    }

    private Entry entry(String label) {
        return entries.computeIfAbsent(item + "/" + label, k -> new Entry(item, label));
    }

    /** Further text of the current sub-item. */
    void paragraph(String text) {
        document.paragraph(text);
    }

    /** Small print: a note on where a statement comes from. */
    void small(String text) {
        document.add(Paragraph.small(text));
    }

    void bullets(List<String> items) {
        if (!items.isEmpty()) {
            document.add(new BulletList(items.stream().map(Paragraph::of).toList()));
        }
    }

    void table(Table table) {
        if (!table.rows().isEmpty()) {
            document.add(table);
        }
    }

    void add(Block block) {
        document.add(block);
    }

    /** The summary at the end: each sub-item, reported, to complete or both. */
    void summary() {
        long reported = entries.values().stream().filter(e -> e.reported).count();
        long open = entries.values().stream().filter(e -> e.open).count();
        document.heading(1, "Checklist summary");
        document.paragraph(reported + " of " + entries.size() + " sub-items are reported from the study's records; "
                + open + " have something to complete (marked \"To complete\" above). Add the manuscript's section "
                + "or line numbers in the last column.");
        List<List<String>> rows = new ArrayList<>();
        for (Entry e : entries.values()) {
            rows.add(List.of(e.item, e.label, e.status(), ""));
        }
        document.add(new Table("ARRIVE 2.0 items and where they stand", List.of("Item", "Sub-item", "Status",
                "Section/line in the manuscript"), rows, List.of(3.0, 1.0, 2.0, 2.4)));
    }
}
