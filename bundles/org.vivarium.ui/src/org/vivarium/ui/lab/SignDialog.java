package org.vivarium.ui.lab;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.Signature.Meaning;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;

/**
 * Study > Sign...: an electronic signature on a lab study (21 CFR 11.50, 11.70, 11.200) - a session marked done, as
 * performed or reviewed, or the whole study, as approved (which locks it) - with the signer's printed name and their
 * password typed again. The server records who, when and what it means, linked to the record as it is now; a refusal
 * (a wrong password, a role without the right) is said in the dialog's message line.
 */
public final class SignDialog extends TitleAreaDialog {

    public static final String TITLE = "Sign";
    private static final String STUDY = "The whole study (approved by: locks it against changes)";
    private static final String LAST_NAME = "lastSignatureName";

    private final LabOpenStudy lab;
    private final List<AssaySession> sessions = new ArrayList<>();
    private Combo what;
    private Combo meaning;
    private Text name;
    private Text password;
    private Signature signed;

    public SignDialog(Shell parent, LabOpenStudy lab) {
        super(parent);
        this.lab = lab;
        for (AssayDefinition assay : lab.study().getAssays()) {
            assay.getSessions().stream().filter(s -> s.getCompletedAt() != null).forEach(sessions::add);
        }
        // the session marked done last comes first: the one just finished, as a rule
        sessions.sort(java.util.Comparator.comparing(AssaySession::getCompletedAt).reversed());
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Sign electronically as " + lab.user());
        setMessage("Your signature is linked to the record as it is now; type your password again to sign.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        what = combo(form, "What you sign:");
        sessions.forEach(s -> what.add("Session " + s.getName() + " (marked done by " + s.getCompletedBy() + ")"));
        what.add(STUDY);
        what.select(0);
        what.addListener(SWT.Selection, e -> meanings());
        meaning = combo(form, "Meaning:");
        meanings();
        new Label(form, SWT.NONE).setText("Printed name:");
        name = new Text(form, SWT.BORDER);
        name.setMessage("your full name, as it is printed with the signature");
        name.setText(InstanceScope.INSTANCE.getNode("org.vivarium.ui").get(LAST_NAME, ""));
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(name);
        new Label(form, SWT.NONE).setText("Password:");
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        password.setMessage("your lab password, again");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        password.addListener(SWT.DefaultSelection, e -> okPressed());
        (name.getText().isEmpty() ? name : password).setFocus();
        return area;
    }

    private static Combo combo(Composite form, String label) {
        new Label(form, SWT.NONE).setText(label);
        Combo combo = new Combo(form, SWT.READ_ONLY);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(combo);
        return combo;
    }

    private boolean study() {
        return what.getSelectionIndex() == sessions.size();
    }

    private void meanings() {
        meaning.removeAll();
        if (study()) {
            meaning.add("approved by");
        } else {
            meaning.add("performed by");
            meaning.add("reviewed by");
        }
        meaning.select(0);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Sign", false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
    }

    @Override
    protected void okPressed() {
        String session = study() ? null : sessions.get(what.getSelectionIndex()).getName();
        Meaning m = Meaning.of(meaning.getText().replace(" by", ""));
        String typed = password.getText();
        String printed = name.getText();
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                signed = lab.sign(session, m, printed, typed);
            } catch (LabException | StudyStoreException e) {
                setErrorMessage(e.getMessage());
            }
        });
        password.setText("");
        if (signed != null) {
            InstanceScope.INSTANCE.getNode("org.vivarium.ui").put(LAST_NAME, printed.strip());
            super.okPressed();
        }
    }

    /** The signature made (after Sign). */
    public Signature signed() {
        return signed;
    }
}
