package org.vivarium.ui.tests;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

/**
 * Mouse clicks for UI tests, sent to the widget as SWT delivers a person's clicks: button down and up, the second
 * down with the double-click and the default selection of the item under the pointer. (Not posted to the X server: one
 * without a window manager may keep a posted button held, and later dialogs then see a stale active shell.)
 */
final class Mouse {

    private Mouse() {
    }

    /** Double-clicks a tree item (in its second column, where the titles are). */
    static void doubleClick(Tree tree, TreeItem item) {
        tree.showItem(item);
        Keyboard.settle(50);
        tree.getShell().forceActive();
        tree.forceFocus();
        Rectangle b = item.getBounds(Math.min(1, Math.max(0, tree.getColumnCount() - 1)));
        int x = b.x + Math.min(40, b.width / 2);
        int y = b.y + b.height / 2;
        send(tree, SWT.MouseDown, x, y, 1, null);
        tree.setSelection(item); // what the native tree does on the button press
        send(tree, SWT.Selection, x, y, 0, item);
        send(tree, SWT.MouseUp, x, y, 1, null);
        send(tree, SWT.MouseDown, x, y, 2, null);
        send(tree, SWT.MouseDoubleClick, x, y, 2, null);
        send(tree, SWT.DefaultSelection, x, y, 0, item);
        if (!tree.isDisposed()) {
            send(tree, SWT.MouseUp, x, y, 2, null);
        }
        Keyboard.settle(100);
    }

    private static void send(Tree tree, int type, int x, int y, int count, TreeItem item) {
        Event e = new Event();
        e.type = type;
        e.x = x;
        e.y = y;
        e.button = count > 0 ? 1 : 0;
        e.count = count;
        e.item = item;
        e.doit = true;
        tree.notifyListeners(type, e);
    }
}
