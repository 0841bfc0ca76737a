package org.vivarium.io.excel.internal.map;

import java.util.List;

import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportMapping.ColumnSpec;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;

/** Decides what each column holds: from the mapping when it names the column, else from the header words. */
final class ColumnResolver {

    private final Vocabulary vocabulary;
    private final ImportMapping mapping;
    private final Layout layout;

    ColumnResolver(Vocabulary vocabulary, ImportMapping mapping, Layout layout) {
        this.vocabulary = vocabulary;
        this.mapping = mapping;
        this.layout = layout;
    }

    private AssayDefinition contextAssay() {
        String a = layout.defaults.get(ColumnRole.ASSAY);
        return a == null ? null : vocabulary.assay(Names.key(a));
    }

    /** The column settings of the mapping that apply to a column, or null. */
    ColumnSpec spec(int index, String[] texts) {
        String letter = org.vivarium.io.excel.internal.read.CellRefs.column(index);
        for (ColumnSpec s : mapping.columns()) {
            if (s.column() != null && s.column().equalsIgnoreCase(letter)) {
                return s;
            }
        }
        for (ColumnSpec s : mapping.columns()) {
            if (s.header() != null && s.column() == null) {
                for (String t : texts) {
                    if (s.header().strip().equalsIgnoreCase(t.strip()) || !Names.key(s.header()).isEmpty()
                            && Names.key(s.header()).equals(Names.key(t))) {
                        return s;
                    }
                }
            }
        }
        return null;
    }

    ResolvedColumn resolve(int index, String[] texts) {
        ResolvedColumn c = new ResolvedColumn(index, texts.length == 0 ? "" : texts[0]);
        ColumnSpec spec = spec(index, texts);
        if (spec != null) {
            apply(spec, c, texts);
        } else if (!mapping.autoDetect()) {
            c.note = "not in the mapping";
        } else if (c.header.isBlank()) {
            c.note = "no header";
        } else {
            detect(c, texts);
        }
        return c;
    }

    private void apply(ColumnSpec spec, ResolvedColumn c, String[] texts) {
        c.fromMapping = true;
        c.strength = 3;
        c.role = spec.role();
        c.values = spec.values();
        HeaderText h = HeaderText.parse(texts.length == 0 ? "" : texts[0]);
        c.unit = spec.unit() != null ? spec.unit() : h.unit();
        c.hours = spec.timepoint() != null ? Timepoints.parse(spec.timepoint()) : h.hours();
        c.session = spec.session();
        c.create = spec.create();
        if (c.role == ColumnRole.VALUE && spec.measure() != null) {
            c.role = ColumnRole.MEASURE;
        }
        if (spec.measure() != null && (c.role == ColumnRole.MEASURE || c.role == ColumnRole.CENSORED)) {
            c.measureRef = spec.measure();
            String ref = spec.measure().strip();
            int dot = ref.indexOf('.');
            AssayDefinition assay = contextAssay();
            String name = ref;
            if (dot > 0) {
                assay = vocabulary.assay(Names.key(ref.substring(0, dot)));
                name = ref.substring(dot + 1);
                if (assay == null) {
                    layout.issue(layout.headerRow, c.index, "the mapping names measure '" + ref + "' of assay '"
                            + ref.substring(0, dot) + "', which the study does not have");
                    c.role = ColumnRole.IGNORE;
                    return;
                }
            }
            c.assay = assay;
            c.measures.addAll(vocabulary.measures(Names.key(name), assay));
            if (c.measures.isEmpty() && c.create == null) {
                layout.issue(layout.headerRow, c.index, "the mapping names measure '" + ref + "', which the study "
                        + "does not have" + (assay == null ? "" : " (" + assay.getCode() + " measures: "
                                + String.join(", ", assay.getMeasures().stream().map(MeasureDefinition::getName)
                                        .toList()) + ")"));
                c.role = ColumnRole.IGNORE;
            }
        }
    }

    private void detect(ResolvedColumn c, String[] texts) {
        AssayDefinition assay = contextAssay();
        for (String text : texts) {
            HeaderText h = HeaderText.parse(text);
            String key = h.key();
            RoleWords.Match role = RoleWords.of(key);
            if (role != null && (role.strength() == 2 || vocabulary.measures(key, null).isEmpty())) {
                c.role = role.role();
                c.strength = role.strength();
                c.unit = h.unit();
                if (c.role == ColumnRole.IGNORE) {
                    c.note = "not imported (" + text.strip() + ")";
                }
                return;
            }
            List<MeasureDefinition> measures = measures(key, assay);
            if (!measures.isEmpty()) {
                c.role = ColumnRole.MEASURE;
                c.strength = 2;
                c.measures.addAll(measures);
                c.unit = h.unit();
                c.hours = h.hours();
                return;
            }
            if (key.endsWith("censored") && key.length() > "censored".length()) {
                List<MeasureDefinition> of = measures(key.substring(0, key.length() - "censored".length()), assay);
                if (!of.isEmpty()) {
                    c.role = ColumnRole.CENSORED;
                    c.strength = 2;
                    c.measures.addAll(of);
                    return;
                }
            }
            if (key.isEmpty() && h.hours() != null && assay != null && primary(assay) != null) {
                c.role = ColumnRole.MEASURE;
                c.strength = 2;
                c.measures.add(primary(assay));
                c.hours = h.hours();
                c.unit = h.unit();
                c.note = "assumed to hold " + Describe.measure(primary(assay)) + ", the primary measure of "
                        + assay.getCode();
                return;
            }
        }
        c.note = "not imported: no role or measure of the study matches " + Names.quote(c.header.strip());
    }

    private List<MeasureDefinition> measures(String key, AssayDefinition assay) {
        List<MeasureDefinition> in = vocabulary.measures(key, assay);
        return in.isEmpty() && assay != null ? vocabulary.measures(key, null) : in;
    }

    private static MeasureDefinition primary(AssayDefinition assay) {
        for (MeasureDefinition m : assay.getMeasures()) {
            if (m.isPrimary()) {
                return m;
            }
        }
        return assay.getMeasures().size() == 1 ? assay.getMeasures().get(0) : null;
    }
}
