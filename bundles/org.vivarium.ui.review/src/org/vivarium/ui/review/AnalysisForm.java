package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.layout.RowLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.vivarium.analysis.Analysis;
import org.vivarium.analysis.AnalysisDescriptor;
import org.vivarium.analysis.AnalysisException;
import org.vivarium.analysis.Parameter;
import org.vivarium.analysis.data.Dataset;

/**
 * The inputs of an analysis, built from what it declares: one field per parameter (factors and levels offered from
 * the data, numbers, flags, choices), filled with its defaults.
 */
final class AnalysisForm {

    /** The first item of an optional factor field: the analysis decides (e.g. two-way ANOVA: the two compounds). */
    static final String DEFAULT_ITEM = "(default)";

    private static final String TICK_TIP = "Compare only the ticked levels (none ticked: all levels)";

    private final Composite body;
    private final Map<Parameter, Control> fields = new LinkedHashMap<>();
    private Dataset data;
    private Runnable onChange = () -> { };

    AnalysisForm(Composite parent) {
        body = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).spacing(10, 6).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(body);
    }

    void onChange(Runnable r) {
        onChange = r;
    }

    /** Shows the parameters of an analysis for a dataset (factor and level choices come from the data). */
    void show(AnalysisDescriptor descriptor, Dataset dataset) throws AnalysisException {
        clear();
        data = dataset;
        Analysis analysis = descriptor.analysis();
        for (Parameter p : analysis.parameters()) {
            if (p.type() == Parameter.Type.MEASURE || isSubset(p)) {
                continue; // chosen with the measure above, and with the levels to analyse
            }
            Label label = new Label(body, SWT.NONE);
            label.setText(p.label() + ":");
            label.setToolTipText(isLevelList(p) ? TICK_TIP : p.description());
            Control field = field(p);
            field.setToolTipText(isLevelList(p) ? TICK_TIP : p.description());
            fields.put(p, field);
        }
        refreshLevels();
        body.getParent().layout(true, true);
    }

    /** Shows nothing (no study, or another one). */
    void clear() {
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        fields.clear();
        data = null;
    }

    /** The built-in analyses' comma-separated levels of the group factor to compare, offered as tick boxes. */
    static boolean isLevelList(Parameter p) {
        return p.type() == Parameter.Type.TEXT && p.name().equals("levels");
    }

    /** The built-in analyses' typed "factor=level" subset, which the view's choices of levels replace. */
    static boolean isSubset(Parameter p) {
        return p.type() == Parameter.Type.TEXT && p.name().equals("subset");
    }

    private Control field(Parameter p) {
        if (isLevelList(p)) {
            Composite boxes = new Composite(body, SWT.NONE);
            RowLayoutFactory.fillDefaults().spacing(12).wrap(false).applyTo(boxes);
            GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(boxes);
            return boxes;
        }
        switch (p.type()) {
            case BOOLEAN -> {
                Button check = new Button(body, SWT.CHECK);
                check.setSelection(Boolean.parseBoolean(p.defaultValue()));
                return check;
            }
            case FACTOR, LEVEL, CHOICE -> {
                Combo combo = new Combo(body, SWT.READ_ONLY);
                List<String> items = new ArrayList<>(p.type() == Parameter.Type.FACTOR ? data.factors() : p.choices());
                if (p.type() == Parameter.Type.FACTOR && p.defaultValue().isEmpty()) {
                    items.add(0, DEFAULT_ITEM); // optional: the analysis' own choice unless one is chosen
                }
                if (p.type() != Parameter.Type.LEVEL) {
                    combo.setItems(items.toArray(String[]::new));
                    combo.select(Math.max(0, items.indexOf(p.defaultValue())));
                }
                combo.addListener(SWT.Selection, e -> {
                    refreshLevels();
                    onChange.run();
                });
                GridDataFactory.fillDefaults().hint(160, SWT.DEFAULT).applyTo(combo);
                return combo;
            }
            default -> {
                Text text = new Text(body, SWT.BORDER);
                text.setText(p.defaultValue());
                GridDataFactory.fillDefaults().hint(90, SWT.DEFAULT).applyTo(text);
                return text;
            }
        }
    }

    /** Level fields (e.g. the control arm) offer the levels of the first factor field (e.g. the arm). */
    private void refreshLevels() {
        String factor = fields.entrySet().stream().filter(e -> e.getKey().type() == Parameter.Type.FACTOR)
                .map(e -> ((Combo) e.getValue()).getText()).findFirst().orElse(Dataset.ARM);
        for (Map.Entry<Parameter, Control> e : fields.entrySet()) {
            if (isLevelList(e.getKey()) && data.hasFactor(factor)) {
                tickBoxes((Composite) e.getValue(), data.levels(factor));
            }
            if (e.getKey().type() == Parameter.Type.LEVEL && data.hasFactor(factor)) {
                Combo combo = (Combo) e.getValue();
                String previous = combo.getText();
                List<String> levels = new ArrayList<>(data.levels(factor));
                levels.add(0, "");
                combo.setItems(levels.toArray(String[]::new));
                String preferred = !previous.isEmpty() && levels.contains(previous) ? previous
                        : !e.getKey().defaultValue().isEmpty() ? e.getKey().defaultValue() : data.control(factor);
                combo.select(Math.max(0, levels.indexOf(preferred)));
            }
        }
        body.getParent().layout(true, true);
    }

    /** One tick box per level (ticked ones stay ticked); none ticked means all levels. */
    private void tickBoxes(Composite boxes, List<String> levels) {
        List<String> ticked = ticked(boxes);
        for (Control c : boxes.getChildren()) {
            c.dispose();
        }
        for (String level : levels) {
            Button box = new Button(boxes, SWT.CHECK);
            box.setText(level);
            box.setSelection(ticked.contains(level));
            box.setToolTipText(TICK_TIP);
        }
    }

    private static List<String> ticked(Composite boxes) {
        List<String> ticked = new ArrayList<>();
        for (Control c : boxes.getChildren()) {
            if (c instanceof Button b && b.getSelection()) {
                ticked.add(b.getText());
            }
        }
        return ticked;
    }

    /** The values entered, by parameter name (empty values left out: the analysis uses its default). */
    Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        fields.forEach((p, c) -> {
            String v = c instanceof Button b ? Boolean.toString(b.getSelection())
                    : c instanceof Combo combo ? (DEFAULT_ITEM.equals(combo.getText()) ? "" : combo.getText())
                    : c instanceof Text t ? t.getText().strip()
                    : String.join(", ", ticked((Composite) c));
            if (!v.isEmpty()) {
                values.put(p.name(), v);
            }
        });
        return values;
    }

    /** Sets a parameter's field (tests, and views that preset inputs). */
    void set(String name, String value) {
        fields.forEach((p, c) -> {
            if (p.name().equals(name)) {
                if (c instanceof Combo combo) {
                    combo.select(Math.max(0, List.of(combo.getItems()).indexOf(value.isEmpty() && List.of(
                            combo.getItems()).contains(DEFAULT_ITEM) ? DEFAULT_ITEM : value)));
                    refreshLevels();
                } else if (c instanceof Text t) {
                    t.setText(value);
                } else if (c instanceof Button b) {
                    b.setSelection(Boolean.parseBoolean(value));
                } else if (c instanceof Composite boxes) {
                    List<String> levels = List.of(value.split(",")).stream().map(String::strip).toList();
                    for (Control box : boxes.getChildren()) {
                        ((Button) box).setSelection(levels.contains(((Button) box).getText()));
                    }
                }
            }
        });
    }
}
