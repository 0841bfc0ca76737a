package org.vivarium.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

/** Finds and drives SWT widgets the way a user does (type, leave the field, press a button). */
final class Widgets {

    private Widgets() {
    }

    static <T extends Control> List<T> all(Composite root, Class<T> type) {
        List<T> found = new ArrayList<>();
        collect(root, type, found);
        return found;
    }

    private static <T extends Control> void collect(Control c, Class<T> type, List<T> found) {
        if (type.isInstance(c) && c.isVisible()) {
            found.add(type.cast(c));
        }
        if (c instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                collect(child, type, found);
            }
        }
    }

    /** The control right after the label with this text (a form field). */
    static Control fieldAfter(Composite root, String labelText) {
        for (Label label : all(root, Label.class)) {
            if (label.getText().equals(labelText)) {
                Control[] siblings = label.getParent().getChildren();
                for (int i = 0; i < siblings.length - 1; i++) {
                    if (siblings[i] == label) {
                        return siblings[i + 1];
                    }
                }
            }
        }
        throw new AssertionError("no field labelled " + labelText);
    }

    static Button button(Composite root, String text, int index) {
        List<Button> buttons = all(root, Button.class).stream().filter(b -> text.equals(b.getText())).toList();
        if (buttons.size() <= index) {
            throw new AssertionError("no button " + text + " #" + index);
        }
        return buttons.get(index);
    }

    static void press(Button button) {
        button.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
        Ui.flush();
    }

    /** Types text into a field and leaves it (which commits it). */
    static void type(org.eclipse.swt.widgets.Text text, String value) {
        text.setFocus();
        text.setText(value);
        text.notifyListeners(SWT.FocusOut, new org.eclipse.swt.widgets.Event());
        Ui.flush();
    }
}
