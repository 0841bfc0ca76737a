package org.vivarium.ui.emf;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Table;

/**
 * Keeps the mouse wheel from changing a form's choice fields: a combo box steps through its values when the wheel turns
 * over it, so scrolling a long form silently changed whatever status or unit passed under the pointer (and scrolling
 * the import wizard's columns, their roles). Over a guarded control the wheel scrolls the form or table instead.
 */
public final class WheelGuard implements Listener {

    private static final int PIXELS_PER_NOTCH = 24;

    private final Control guarded;

    private WheelGuard(Control guarded) {
        this.guarded = guarded;
    }

    /** Guards a control (and the widgets it is made of) for as long as it exists. */
    public static void guard(Control control) {
        WheelGuard guard = new WheelGuard(control);
        Display display = control.getDisplay();
        display.addFilter(SWT.MouseWheel, guard);
        display.addFilter(SWT.MouseVerticalWheel, guard);
        control.addDisposeListener(e -> {
            display.removeFilter(SWT.MouseWheel, guard);
            display.removeFilter(SWT.MouseVerticalWheel, guard);
        });
    }

    @Override
    public void handleEvent(Event e) {
        if (!(e.widget instanceof Control c) || !within(c)) {
            return;
        }
        int count = e.count;
        e.doit = false;
        e.type = SWT.None; // the combo never sees it
        for (Composite p = guarded.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Table table) { // a combo in a table cell: the table scrolls by rows
                table.setTopIndex(Math.max(0, table.getTopIndex() - count));
                return;
            }
            if (p instanceof ScrolledComposite scrolled) {
                Point origin = scrolled.getOrigin();
                scrolled.setOrigin(origin.x, Math.max(0, origin.y - count * PIXELS_PER_NOTCH));
                return;
            }
        }
    }

    private boolean within(Control c) {
        for (Control x = c; x != null; x = x.getParent()) {
            if (x == guarded) {
                return true;
            }
        }
        return false;
    }
}
