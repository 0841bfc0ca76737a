package org.vivarium.ui.bench;

import org.eclipse.jface.action.IStatusLineManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * The top of a bench editor: a title, a line of details, a line of progress, a slot on the right (a button, the
 * operator), and a message area that shows how to work (grey), what a value being typed would record (blue), or why
 * the last entry was refused (red, its first line also in the status line) - every line of it, growing with the text.
 */
public final class EditorHeader {

    private static final Color NOTE = new Color(0, 70, 150);

    private final Label details;
    private final Label progress;
    private final Composite side;
    private final MessageArea message;
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
        message = new MessageArea(parent);
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
        if (message.text().isDisposed()) {
            return;
        }
        ISharedImages images = PlatformUI.getWorkbench().getSharedImages();
        message.show(problem == null ? hint : problem, images.getImage(problem == null
                ? ISharedImages.IMG_OBJS_INFO_TSK : ISharedImages.IMG_OBJS_ERROR_TSK), problem == null
                        ? message.text().getDisplay().getSystemColor(SWT.COLOR_WIDGET_DARK_SHADOW) : problemColor);
        status.setErrorMessage(problem == null ? null : problem.lines().findFirst().orElse(problem));
    }

    /** Shows what is going on that is not a problem (blue), e.g. what a value being typed would record. */
    public void note(String note) {
        if (message.text().isDisposed()) {
            return;
        }
        message.show(note, PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK),
                NOTE);
        status.setErrorMessage(null);
    }

    /** The message area's text. */
    public String message() {
        return message.message();
    }

    /** The message area's text field (for tests: whether every line can be read). */
    public Text messageArea() {
        return message.text();
    }
}
