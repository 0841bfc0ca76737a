package org.vivarium.io.excel.internal.map;

import java.util.List;
import java.util.Map;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportMapping.ColumnSpec;
import org.vivarium.io.excel.internal.read.CellRange;
import org.vivarium.io.excel.internal.read.SheetInfo;
import org.vivarium.io.excel.internal.read.SheetRow;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Study;

/**
 * Works out the layout of a sheet from its first rows: where the header is (possibly two rows with merged group
 * cells, possibly below a title and "Label: value" settings), what each column holds, and which session, assay or
 * timepoint the whole sheet is about (from the mapping, the settings above the header, or the sheet name).
 */
public final class LayoutDetector {

    /** Rows read to detect the layout. */
    public static final int PREVIEW_ROWS = 60;

    private final Study study;
    private final Vocabulary vocabulary;
    private final ImportMapping mapping;

    public LayoutDetector(Study study, Vocabulary vocabulary, ImportMapping mapping) {
        this.study = study;
        this.vocabulary = vocabulary;
        this.mapping = mapping;
    }

    public Layout detect(SheetInfo sheet, List<SheetRow> preview, List<CellRange> merges) {
        Layout layout = new Layout(sheet);
        layout.merges.addAll(merges);
        for (Map.Entry<ColumnRole, String> d : mapping.defaults().entrySet()) {
            layout.defaults.put(d.getKey(), d.getValue());
            layout.defaultOrigins.put(d.getKey(), "mapping");
        }
        int forced = mapping.headerRow() == null ? -1 : mapping.headerRow() - 1;
        HeaderRows.Choice choice = new HeaderRows(vocabulary, null, merges).choose(preview, forced);
        if (choice == null) {
            layout.issue(-1, -1, forced >= 0 ? "row " + (forced + 1) + " (the mapping's header row) is empty"
                    : "no header row found in the first " + HeaderRows.SEARCH_ROWS + " rows: expected a column naming "
                            + "the animal or cage ('Animal', 'Animal ID', 'Mouse', 'Cage') next to measure columns "
                            + "(e.g. 'Immobility (s)')");
            return layout;
        }
        layout.firstHeaderRow = choice.first();
        layout.headerRow = choice.last();
        Preamble.read(preview, layout);
        sheetContext(layout);
        int width = choice.texts().length;
        for (SheetRow r : preview) {
            width = Math.max(width, r.width());
        }
        ColumnResolver resolver = new ColumnResolver(vocabulary, mapping, layout);
        for (int c = 0; c < width; c++) {
            String[] texts = c < choice.texts().length ? choice.texts()[c] : new String[] {""};
            ResolvedColumn column = resolver.resolve(c, texts);
            if (column.header.isBlank() && column.role == ColumnRole.IGNORE && column.note == null) {
                column.note = "no header";
            }
            layout.columns.add(column);
        }
        unmatchedSpecs(layout, resolver, choice);
        where(layout);
        new LayoutChecks(layout, study).run();
        layout.seal();
        return layout;
    }

    /** Session and assay from the sheet name ("FST 24 h"), when nothing else says. */
    private void sheetContext(Layout layout) {
        String name = layout.sheet.name();
        if (!layout.defaults.containsKey(ColumnRole.SESSION)) {
            for (AssayDefinition a : study.getAssays()) {
                for (AssaySession s : a.getSessions()) {
                    if (s.getName() != null && (Names.key(s.getName()).equals(Names.key(name))
                            || SheetNames.of(s.getName()).equalsIgnoreCase(name))) {
                        layout.defaults.put(ColumnRole.SESSION, s.getName());
                        layout.defaultOrigins.put(ColumnRole.SESSION, "sheet name");
                    }
                }
            }
        }
        if (!layout.defaults.containsKey(ColumnRole.ASSAY)) {
            AssayDefinition a = null;
            String session = layout.defaults.get(ColumnRole.SESSION);
            if (session != null) {
                for (AssayDefinition x : study.getAssays()) {
                    for (AssaySession s : x.getSessions()) {
                        if (Names.key(session).equals(Names.key(s.getName()))) {
                            a = x;
                        }
                    }
                }
            }
            if (a == null) {
                a = vocabulary.assayPrefix(name);
            }
            if (a != null) {
                layout.defaults.put(ColumnRole.ASSAY, a.getCode());
                layout.defaultOrigins.put(ColumnRole.ASSAY, session != null ? "session" : "sheet name");
            }
        }
    }

    private void unmatchedSpecs(Layout layout, ColumnResolver resolver, HeaderRows.Choice choice) {
        for (int i = 0; i < mapping.columns().size(); i++) {
            ColumnSpec spec = mapping.columns().get(i);
            boolean found = false;
            for (ResolvedColumn c : layout.columns) {
                String[] texts = c.index < choice.texts().length ? choice.texts()[c.index] : new String[] {""};
                if (resolver.spec(c.index, texts) == spec) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                layout.issue(layout.headerRow, -1, "the mapping names " + spec.describe() + " (columns[" + i + "]) "
                        + "but the header has no such column");
            }
        }
    }

    private void where(Layout layout) {
        for (Map.Entry<String, List<String>> w : mapping.where().entrySet()) {
            ResolvedColumn match = null;
            for (ResolvedColumn c : layout.columns) {
                if (Names.key(c.header).equals(Names.key(w.getKey())) || org.vivarium.io.excel.internal.read.CellRefs
                        .isColumn(w.getKey()) && c.letter().equalsIgnoreCase(w.getKey())) {
                    match = c;
                    break;
                }
            }
            if (match == null) {
                layout.issue(layout.headerRow, -1, "the mapping filters on column '" + w.getKey() + "' (where) but "
                        + "the header has no such column");
            } else {
                layout.where.put(match.index, w.getValue());
            }
        }
    }
}
