package org.vivarium.ui.dosing;

import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.dose.DoseLine;
import org.vivarium.core.dose.DoseWindows;

/**
 * Asks why doses are given outside their dosing window: names each animal, when its dose was due, the time given and
 * how far out it is ("4 h 30 min early"); OK stays disabled until a reason is typed. The reason is recorded with each
 * such dose; Cancel records nothing.
 */
public final class WindowReasonDialog extends Dialog {

    public static final String TITLE = "Dose outside its dosing window";
    static final int SHOWN = 4;

    private final List<DoseLine> outside;
    private final LocalDateTime at;
    private Text reason;
    private String answer;

    WindowReasonDialog(Shell parent, List<DoseLine> outside, LocalDateTime at) {
        super(parent);
        this.outside = outside;
        this.at = at;
    }

    /** Asks for the reason; returns it, or null when the person cancels (then nothing is to be recorded). */
    public static String ask(Shell parent, List<DoseLine> outside, LocalDateTime at) {
        WindowReasonDialog dialog = new WindowReasonDialog(parent, outside, at);
        return dialog.open() == OK ? dialog.answer : null;
    }

    /** The doses concerned, one a line: "A-03 due Fri 27 Nov 09:00, given 04:30: 4 h 30 min early, ...". */
    static String doses(List<DoseLine> outside, LocalDateTime at) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, outside.size()); i++) {
            b.append("\u2022 ").append(DoseWindows.describe(outside.get(i), at)).append('\n');
        }
        if (outside.size() > SHOWN) {
            b.append("and ").append(outside.size() - SHOWN).append(" more\n");
        }
        return b.toString().strip();
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        GridLayoutFactory.swtDefaults().margins(12, 12).spacing(6, 8).applyTo(area);
        Label what = new Label(area, SWT.WRAP);
        what.setFont(JFaceResources.getBannerFont());
        what.setText(outside.size() == 1 ? "This dose is given outside its dosing window"
                : outside.size() + " doses are given outside their dosing window");
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(what);
        Label doses = new Label(area, SWT.WRAP);
        doses.setText(doses(outside, at));
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).applyTo(doses);
        Label ask = new Label(area, SWT.WRAP);
        ask.setText("Why? The reason is recorded with " + (outside.size() == 1 ? "the dose" : "each of these doses")
                + " and in the study's audit trail.");
        GridDataFactory.fillDefaults().grab(true, false).hint(560, SWT.DEFAULT).indent(0, 6).applyTo(ask);
        reason = new Text(area, SWT.SINGLE | SWT.BORDER);
        reason.setMessage("e.g. fire alarm drill: the animal room was closed");
        reason.addListener(SWT.Modify, e -> update());
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Record with this reason", true);
        createButton(parent, IDialogConstants.CANCEL_ID, "Cancel (record nothing)", false);
        update();
        reason.setFocus();
    }

    private void update() {
        if (getButton(OK) != null) {
            getButton(OK).setEnabled(!reason.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        if (answer != null || reason.isDisposed() || reason.getText().isBlank()) {
            return;
        }
        answer = reason.getText().strip();
        super.okPressed();
    }
}
