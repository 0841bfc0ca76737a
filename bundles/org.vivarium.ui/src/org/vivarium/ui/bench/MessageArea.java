package org.vivarium.ui.bench;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ScrollBar;
import org.eclipse.swt.widgets.Text;

/**
 * A message line that grows with its text: an icon and a read-only, wrapped text as high as its lines (so a message of
 * several lines, such as every problem of a refused paste, is read whole), up to {@value #MAX_LINES} lines; a longer
 * one scrolls. The text can be selected and copied.
 */
final class MessageArea {

    static final int MAX_LINES = 8;

    private final Composite area;
    private final Label icon;
    private final Text text;

    MessageArea(Composite parent) {
        area = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).margins(8, 3).spacing(6, 0).applyTo(area);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(area);
        icon = new Label(area, SWT.NONE);
        GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(icon);
        text = new Text(area, SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL);
        text.setBackground(parent.getBackground());
        // a small width hint: the area takes the editor's width and wraps there instead of asking for its longest line
        GridDataFactory.fillDefaults().grab(true, false).hint(100, text.getLineHeight()).applyTo(text);
        area.addListener(SWT.Resize, e -> fit());
    }

    /** Shows a message (its lines as they are, wrapped at the editor's width). */
    void show(String message, Image image, Color color) {
        icon.setImage(image);
        text.setText(message);
        text.setForeground(color);
        text.setToolTipText(null);
        text.setTopIndex(0);
        fit();
    }

    String message() {
        return text.getText();
    }

    /** The text field of the message (for tests: what is shown, and whether it fits). */
    Text text() {
        return text;
    }

    /** Makes the text as high as its wrapped lines (at most {@value #MAX_LINES}); scrolls beyond that. */
    private void fit() {
        if (text.isDisposed()) {
            return;
        }
        int width = text.getSize().x;
        if (width <= 0) {
            width = area.getParent().getClientArea().width - 60;
        }
        Rectangle trim = text.computeTrim(0, 0, 0, 0);
        int wrapWidth = Math.max(50, width - trim.width);
        int needed = text.computeSize(wrapWidth, SWT.DEFAULT).y - trim.height;
        int most = text.getLineHeight() * MAX_LINES;
        int height = Math.max(text.getLineHeight(), Math.min(needed, most));
        ScrollBar bar = text.getVerticalBar();
        if (bar != null) {
            bar.setVisible(needed > most);
        }
        GridData data = (GridData) text.getLayoutData();
        if (data.heightHint != height) {
            data.heightHint = height;
            area.getParent().layout(true, true);
        }
    }
}
