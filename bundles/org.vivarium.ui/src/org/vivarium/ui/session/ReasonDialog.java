package org.vivarium.ui.session;

import java.util.List;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;

/**
 * Asks why recorded data is changed (a value, a dose given, a body weight, a status, an allocation): says what the
 * change alters, offers the reasons given last, and keeps OK disabled until a reason is typed or chosen. The reason
 * goes into the study's audit trail with the old and new values.
 */
public final class ReasonDialog extends Dialog {

    public static final String TITLE = "Reason for change";
    static final int SHOWN = 3;

    private final String action;
    private final List<String> recordedData;
    private Combo reason;
    private String answer;

    ReasonDialog(Shell parent, String action, List<String> recordedData) {
        super(parent);
        this.action = action;
        this.recordedData = recordedData;
    }

    /** Asks the person at the active window; returns the reason, or null when they cancel. */
    static String ask(String action, List<String> recordedData) {
        Display display = Display.getCurrent();
        Shell parent = display == null ? null : display.getActiveShell();
        ReasonDialog dialog = new ReasonDialog(parent, action, recordedData);
        if (dialog.open() != OK) {
            return null;
        }
        RecentReasons.remember(dialog.answer);
        return dialog.answer;
    }

    /** "value of FST 1 h: 1H-07, immobility", two more, then "and 4 more". */
    static String changed(List<String> recordedData) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < Math.min(SHOWN, recordedData.size()); i++) {
            b.append("\u2022 ").append(recordedData.get(i)).append('\n');
        }
        if (recordedData.size() > SHOWN) {
            b.append("and ").append(recordedData.size() - SHOWN).append(" more\n");
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
        what.setText(action);
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(what);
        Label data = new Label(area, SWT.WRAP);
        data.setText("This changes recorded data:\n" + changed(recordedData));
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).applyTo(data);
        Label ask = new Label(area, SWT.WRAP);
        ask.setText("Why? The reason is kept in the study's audit trail with the old and new values.");
        GridDataFactory.fillDefaults().grab(true, false).hint(520, SWT.DEFAULT).indent(0, 6).applyTo(ask);
        reason = new Combo(area, SWT.DROP_DOWN | SWT.BORDER);
        reason.setItems(RecentReasons.list().toArray(String[]::new));
        reason.setToolTipText("Type the reason, or choose one given before");
        reason.addListener(SWT.Modify, e -> update());
        reason.addListener(SWT.DefaultSelection, e -> {
            if (getButton(OK).isEnabled()) {
                okPressed();
            }
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(reason);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, IDialogConstants.OK_LABEL, true);
        createButton(parent, IDialogConstants.CANCEL_ID, "Cancel (do not change)", false);
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
            return; // Enter in the combo may come both as its default selection and as the default button
        }
        answer = reason.getText().strip();
        super.okPressed();
    }
}
