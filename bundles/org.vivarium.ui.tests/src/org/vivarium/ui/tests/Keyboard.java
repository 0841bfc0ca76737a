package org.vivarium.ui.tests;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;

/**
 * Keystrokes for UI tests, delivered to the focused widget like typing: the workbench's key bindings (a display
 * filter), NatTable's bindings, the cell editors' and the text fields' listeners all see them. Keys are posted to the
 * X server when it delivers them cleanly to the focused widget; where it does not (an X server without a window
 * manager may report a mouse button as held, so that no key binding matches), the same events are sent to the
 * focused widget directly, and typed characters are inserted into text fields (and Left and Right move the caret)
 * the way the native field would.
 */
final class Keyboard {

    /** Whether keys go through the X server (true) or straight to the focused widget. */
    private static boolean posting;

    private Keyboard() {
    }

    /** Gives a control the keyboard focus and chooses how keys are delivered (see the class comment). */
    static void focus(Control control) {
        Display display = control.getDisplay();
        control.getShell().forceActive();
        control.forceFocus();
        settle(100);
        if (display.getFocusControl() != control) {
            throw new AssertionError("cannot give the keyboard focus to " + control + "; it is on "
                    + display.getFocusControl());
        }
        List<Event> seen = new ArrayList<>();
        Listener probe = e -> seen.add(e);
        display.addFilter(SWT.KeyDown, probe);
        try {
            post(display, SWT.KeyDown, SWT.SHIFT, (char) 0);
            post(display, SWT.KeyUp, SWT.SHIFT, (char) 0);
            settle(150);
        } finally {
            display.removeFilter(SWT.KeyDown, probe);
        }
        posting = !seen.isEmpty() && seen.get(0).widget == control && (seen.get(0).stateMask & SWT.BUTTON_MASK) == 0;
    }

    /** Types text: "\n" is Enter, "\t" is Tab, "\u001b" is Escape. */
    static void type(String text) {
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\n' -> key(SWT.CR, '\r', 0);
                case '\t' -> key(SWT.TAB, '\t', 0);
                case '\u001b' -> key(SWT.ESC, '\u001b', 0);
                default -> key(Character.toLowerCase(c), c, Character.isUpperCase(c) ? SWT.SHIFT : 0);
            }
        }
    }

    /** Presses a key (SWT key code, e.g. SWT.ARROW_DOWN or 'v') with modifiers (SWT.CTRL, SWT.SHIFT). */
    static void press(int keyCode, int modifiers) {
        char character = (modifiers & SWT.CTRL) != 0 && Character.isLetter(keyCode)
                ? (char) (Character.toLowerCase(keyCode) - 'a' + 1) : (char) 0; // Ctrl+Z is character 26
        key(keyCode, character, modifiers);
    }

    private static void key(int keyCode, char character, int modifiers) {
        Display display = Display.getCurrent();
        if (posting) {
            int[] mods = { SWT.CTRL, SWT.SHIFT, SWT.ALT };
            for (int m : mods) {
                if ((modifiers & m) != 0) {
                    post(display, SWT.KeyDown, m, (char) 0);
                }
            }
            post(display, SWT.KeyDown, keyCode, character);
            post(display, SWT.KeyUp, keyCode, character);
            for (int i = mods.length - 1; i >= 0; i--) {
                if ((modifiers & mods[i]) != 0) {
                    post(display, SWT.KeyUp, mods[i], (char) 0);
                }
            }
        } else {
            send(display, keyCode, character, modifiers);
        }
        settle(40);
    }

    /** Sends one keystroke to the focused widget: traversal first (Tab), key down, what the field does, key up. */
    private static void send(Display display, int keyCode, char character, int modifiers) {
        Control target = display.getFocusControl();
        if (target == null) {
            throw new AssertionError("no widget has the keyboard focus");
        }
        if (keyCode == SWT.TAB && modifiers == 0 && target instanceof Text) {
            Event traverse = event(SWT.Traverse, keyCode, character, modifiers);
            traverse.detail = SWT.TRAVERSE_TAB_NEXT;
            target.notifyListeners(SWT.Traverse, traverse); // a cell editor commits and moves on
            return;
        }
        Event down = event(SWT.KeyDown, keyCode, character, modifiers);
        target.notifyListeners(SWT.KeyDown, down);
        boolean typed = down.doit && down.type != SWT.None && (modifiers & ~SWT.SHIFT) == 0 && character >= ' ';
        if (typed && target instanceof Text text && !text.isDisposed()) {
            text.insert(String.valueOf(character));
        }
        if (typed && target instanceof org.eclipse.swt.widgets.Combo combo && !combo.isDisposed()) {
            combo.setText(combo.getText() + character); // an editable combo types like a field
        }
        boolean leftOrRight = keyCode == SWT.ARROW_LEFT || keyCode == SWT.ARROW_RIGHT;
        if (leftOrRight && down.doit && modifiers == 0 && target instanceof Text text && !text.isDisposed()) {
            int caret = text.getCaretPosition() + (keyCode == SWT.ARROW_LEFT ? -1 : 1);
            text.setSelection(Math.max(0, Math.min(text.getCharCount(), caret))); // the caret moves in the text
        }
        if (keyCode == SWT.CR && down.doit && (target instanceof Text || target instanceof org.eclipse.swt.widgets.Combo)
                && !target.isDisposed()) {
            target.notifyListeners(SWT.DefaultSelection, event(SWT.DefaultSelection, keyCode, character, 0));
        }
        if (!target.isDisposed()) {
            target.notifyListeners(SWT.KeyUp, event(SWT.KeyUp, keyCode, character, modifiers));
        }
    }

    private static Event event(int type, int keyCode, char character, int modifiers) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        e.stateMask = modifiers;
        e.doit = true;
        return e;
    }

    private static void post(Display display, int type, int keyCode, char character) {
        Event e = new Event();
        e.type = type;
        e.keyCode = keyCode;
        e.character = character;
        if (!display.post(e)) {
            throw new AssertionError("the display did not accept a posted key event");
        }
    }

    /** Runs the event loop for a while (posted events arrive through the X server). */
    static void settle(long millis) {
        Display display = Display.getCurrent();
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        while (display.readAndDispatch()) {
            // drain
        }
    }

    /** Presses Ctrl+C in the control, as a person copies, and returns the text it put on the clipboard. */
    static String copy(Control control) {
        focus(control);
        press('c', SWT.CTRL);
        settle(200);
        org.eclipse.swt.dnd.Clipboard clipboard = new org.eclipse.swt.dnd.Clipboard(control.getDisplay());
        try {
            return (String) clipboard.getContents(org.eclipse.swt.dnd.TextTransfer.getInstance());
        } finally {
            clipboard.dispose();
        }
    }
}
