package org.vivarium.ui.review;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.vivarium.analysis.data.Dataset;

/**
 * Which part of the data to analyse, chosen from the data's own levels instead of typed: one list per standard factor
 * (time since dose, cohort, sex, arm) with "All" and the levels that have values. Up and Down (and the first letter
 * of a level) change the choice from the keyboard.
 */
final class SubsetChooser {

    static final String ALL = "All";
    private static final Map<String, String> FACTORS = new LinkedHashMap<>();

    static {
        FACTORS.put(Dataset.TIME, "Time since dose:");
        FACTORS.put(Dataset.COHORT, "Cohort:");
        FACTORS.put(Dataset.SEX, "Sex:");
        FACTORS.put(Dataset.ARM, "Arm:");
    }

    private final Composite row;
    private final Map<String, Combo> combos = new LinkedHashMap<>();
    private final Map<String, List<String>> levels = new LinkedHashMap<>();
    private Runnable onChange = () -> { };

    SubsetChooser(Composite parent) {
        row = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(1 + 2 * FACTORS.size()).spacing(10, 6).applyTo(row);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(row);
    }

    void onChange(Runnable r) {
        onChange = r;
    }

    /** Offers the levels of a dataset, keeping the choices whose level it still has (null: nothing to choose). */
    void show(Dataset data) {
        Map<String, String> before = values();
        clear();
        if (data == null) {
            return;
        }
        Label what = new Label(row, SWT.NONE);
        what.setText("Analyse only:");
        what.setToolTipText("Analyse the values of one timepoint, cohort, sex or arm only (All: every value).");
        for (Map.Entry<String, String> f : FACTORS.entrySet()) {
            if (!data.hasFactor(f.getKey()) || data.levels(f.getKey()).size() < 2) {
                continue;
            }
            List<String> l = data.levels(f.getKey());
            new Label(row, SWT.NONE).setText(f.getValue());
            Combo c = new Combo(row, SWT.READ_ONLY);
            c.setVisibleItemCount(20);
            List<String> items = new ArrayList<>(List.of(ALL));
            l.forEach(level -> items.add(shown(f.getKey(), level)));
            c.setItems(items.toArray(String[]::new));
            c.select(Math.max(0, l.indexOf(before.get(f.getKey())) + 1));
            c.addListener(SWT.Selection, e -> onChange.run());
            c.addListener(SWT.KeyDown, e -> key(c, e));
            levels.put(f.getKey(), l);
            combos.put(f.getKey(), c);
        }
        row.getParent().layout(true, true);
    }

    void clear() {
        for (Control c : row.getChildren()) {
            c.dispose();
        }
        combos.clear();
        levels.clear();
    }

    /** The chosen levels by factor (factors left at All are not in it). */
    Map<String, String> values() {
        Map<String, String> chosen = new LinkedHashMap<>();
        combos.forEach((factor, c) -> {
            int i = c.getSelectionIndex();
            if (i > 0 && !c.isDisposed()) {
                chosen.put(factor, levels.get(factor).get(i - 1));
            }
        });
        return chosen;
    }

    /** Chooses a level of a factor (null or unknown: All). */
    void set(String factor, String level) {
        Combo c = combos.get(factor);
        if (c != null) {
            c.select(levels.get(factor).indexOf(level) + 1);
        }
    }

    /** "time = 1 wk, sex = female", or "" for all values. */
    static String describe(Map<String, String> subset) {
        return String.join(", ", subset.entrySet().stream().map(e -> e.getKey() + " = " + shown(e.getKey(),
                e.getValue())).toList());
    }

    private static String shown(String factor, String level) {
        return factor.equals(Dataset.SEX) ? level.toLowerCase(Locale.ROOT) : level;
    }

    /** Up, Down, Home, End and a first letter choose in the list without opening it. */
    private void key(Combo c, Event e) {
        int i = c.getSelectionIndex();
        int n = c.getItemCount();
        int next = switch (e.keyCode) {
            case SWT.ARROW_DOWN -> Math.min(n - 1, i + 1);
            case SWT.ARROW_UP -> Math.max(0, i - 1);
            case SWT.HOME -> 0;
            case SWT.END -> n - 1;
            default -> byLetter(c, e.character, i);
        };
        if (next < 0 || (e.stateMask & SWT.MODIFIER_MASK) != 0) {
            return;
        }
        e.doit = false;
        if (next != i) {
            c.select(next);
            c.notifyListeners(SWT.Selection, new Event());
        }
    }

    private static int byLetter(Combo c, char ch, int from) {
        if (!Character.isLetterOrDigit(ch)) {
            return -1;
        }
        int n = c.getItemCount();
        for (int k = 1; k <= n; k++) {
            String item = c.getItem((from + k) % n);
            if (!item.isEmpty() && Character.toLowerCase(item.charAt(0)) == Character.toLowerCase(ch)) {
                return (from + k) % n;
            }
        }
        return -1;
    }
}
