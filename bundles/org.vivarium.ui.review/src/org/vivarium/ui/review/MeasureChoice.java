package org.vivarium.ui.review;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;

/**
 * The Analysis view's measure list: the assay's measures when the analysis takes one (keeping the one chosen last,
 * else the primary one), "(all measures)" and disabled when the analysis reads the measures it needs itself.
 */
final class MeasureChoice {

    private static final String ALL_MEASURES = "(all measures)";

    private final Combo combo;
    /** The measure chosen last (kept while analyses that take none are chosen), or null for the primary one. */
    private String chosen;

    MeasureChoice(Combo combo, Runnable onChange) {
        this.combo = combo;
        combo.addListener(SWT.Selection, e -> {
            chosen = combo.getText();
            onChange.run();
        });
    }

    /** Offers the measures of an assay (null: none) for an analysis that takes one or not. */
    void offer(AssayDefinition assay, boolean takesOne) {
        List<MeasureDefinition> measures = assay == null ? List.of() : assay.getMeasures();
        combo.setEnabled(takesOne && !measures.isEmpty());
        if (!takesOne) {
            combo.setItems(measures.isEmpty() ? new String[0] : new String[] { ALL_MEASURES });
            combo.select(0);
            combo.setToolTipText("This analysis reads the measures it needs from all of the assay's measures");
            return;
        }
        combo.setToolTipText(null);
        List<String> names = measures.stream().map(MeasureDefinition::getName).toList();
        combo.setItems(names.toArray(String[]::new));
        int primary = Math.max(0, measures.stream().map(MeasureDefinition::isPrimary).toList().indexOf(true));
        combo.select(chosen != null && names.contains(chosen) ? names.indexOf(chosen) : primary);
    }

    /** Chooses a measure (null: the primary one) for the next {@link #offer}. */
    void choose(String measure) {
        chosen = measure;
    }

    /** The measure chosen, or null when the analysis reads all of them (or there is none). */
    String selected() {
        return combo.isEnabled() && !combo.getText().isEmpty() ? combo.getText() : null;
    }
}
