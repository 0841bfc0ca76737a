package org.vivarium.ui.bench;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CLabel;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The top of a bench editor: a title, a line of details, a line of progress, a slot on the right (a button, the
 * operator), and a message line that shows how to work (grey) or why the last entry was refused (red, also in the
 * status line).
 */
public final class EditorHeader {

    private final Label details;
    private final Label progress;
    private final Composite side;
    private final CLabel message;
    private final String hint;
    private final Color problemColor;
    private final IStatusLineManager status;

    public EditorHeader(Composite parent, String title, String hint, Color problemColor, IStatusLineManager status) {
        this.hint = hint;
        this.problemColor = problemColor;
        this.status = status;
        Composite header = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 8).applyTo(header);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(header);
        Label titleLabel = new Label(header, SWT.NONE);
        titleLabel.setFont(JFaceResources.getHeaderFont());
        titleLabel.setText(title);
        side = new Composite(header, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(side);
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).span(1, 3).applyTo(side);
        details = new Label(header, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(details);
        progress = new Label(header, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(progress);
        message = new CLabel(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).indent(6, 0).applyTo(message);
        report(null);
    }

    /** The slot on the right of the title, for a button or field. */
    public Composite side() {
        return side;
    }

    public void details(String text) {
        details.setText(text);
    }

    public void progress(String text) {
        progress.setText(text);
        progress.getParent().layout(true, true);
    }

    /** Shows why something was refused (red), or the hint again when {@code problem} is null. */
    public void report(String problem) {
        if (message.isDisposed()) {
            return;
        }
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        message.setImage(images.getImage(problem == null ? ISharedImages.IMG_OBJS_INFO_TSK
                : ISharedImages.IMG_OBJS_ERROR_TSK));
        message.setText(problem == null ? hint : problem);
        message.setForeground(problem == null ? message.getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW)
                : problemColor);
        message.setToolTipText(problem);
        status.setErrorMessage(problem);
    }

    /** The message line's text. */
    public String message() {
        return message.getText();
    }
}
