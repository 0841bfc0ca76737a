package org.vivarium.ui.lab;

import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.Preferences;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabException;
import org.vivarium.lab.LabPasswords;
import org.vivarium.lab.LabStudy;
import org.vivarium.lab.LabUrl;

/**
 * File > Open Lab Study...: the lab server's URL and the password (or none: then PGPASSWORD or ~/.pgpass), Connect
 * lists the server's studies, Open opens the chosen one. Problems (a bad URL, a wrong password, a server that is not
 * running) are shown in the dialog's message line.
 */
public final class OpenLabStudyDialog extends TitleAreaDialog {

    public static final String TITLE = "Open Lab Study";
    private static final String LAST_URL = "lastLabUrl";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Text url;
    private Text password;
    private Table studies;
    private List<LabStudy> listed = List.of();
    private LabUrl chosenUrl;
    private String chosenPassword;
    private long chosenId;

    public OpenLabStudyDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Open a study of the lab server");
        setMessage("Connect with your lab account; the study opens read-only, as stored on the server.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite form = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).applyTo(form);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(form);
        new Label(form, SWT.NONE).setText("Lab server URL:");
        url = new Text(form, SWT.BORDER);
        url.setMessage("postgresql://user@host:5432/vivarium");
        url.setText(initialUrl());
        GridDataFactory.fillDefaults().grab(true, false).span(2, 1).hint(420, SWT.DEFAULT).applyTo(url);
        new Label(form, SWT.NONE).setText("Password:");
        password = new Text(form, SWT.BORDER | SWT.PASSWORD);
        password.setMessage("empty: PGPASSWORD or ~/.pgpass");
        GridDataFactory.fillDefaults().grab(true, false).applyTo(password);
        Button connect = new Button(form, SWT.PUSH);
        connect.setText("Connect");
        connect.addListener(SWT.Selection, e -> connect());
        password.addListener(SWT.DefaultSelection, e -> connect());
        url.addListener(SWT.DefaultSelection, e -> connect());
        studies = new Table(form, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION);
        studies.setHeaderVisible(true);
        studies.setLinesVisible(true);
        for (String[] c : new String[][] {{"Id", "50"}, {"Title", "330"}, {"Audit entries", "100"},
                {"Pushed by", "110"}, {"Pushed", "130"}}) {
            TableColumn column = new TableColumn(studies, SWT.LEFT);
            column.setText(c[0]);
            column.setWidth(Integer.parseInt(c[1]));
        }
        GridDataFactory.fillDefaults().grab(true, true).span(3, 1).hint(SWT.DEFAULT, 220).applyTo(studies);
        studies.addListener(SWT.Selection, e -> update());
        studies.addListener(SWT.DefaultSelection, e -> {
            if (studies.getSelectionIndex() >= 0) {
                okPressed();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Open", false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private void update() {
        Button open = getButton(IDialogConstants.OK_ID);
        if (open != null) {
            open.setEnabled(studies.getSelectionIndex() >= 0);
        }
    }

    /** Connects and lists the server's studies (or says what is wrong). */
    private void connect() {
        studies.removeAll();
        listed = List.of();
        update();
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
                LabUrl parsed = LabUrl.parse(url.getText().strip());
                String pw = password.getText().isEmpty() ? LabPasswords.find(parsed, System.getenv(),
                        Path.of(System.getProperty("user.home")), question -> Optional.empty()) : password.getText();
                try (LabDatabase db = LabDatabase.connect(parsed, pw)) {
                    listed = db.studies().list();
                }
                chosenUrl = parsed;
                chosenPassword = pw;
            } catch (LabException e) {
                setErrorMessage(e.getMessage());
                return;
            }
            setErrorMessage(null);
            setMessage(listed.isEmpty() ? "Connected to " + chosenUrl.where() + ": it has no studies yet (vivarium "
                    + "lab push puts one there)." : "Connected to " + chosenUrl.where() + ": choose a study and Open.");
            for (LabStudy s : listed) {
                TableItem item = new TableItem(studies, SWT.NONE);
                item.setText(new String[] {Long.toString(s.id()), s.title(), Long.toString(s.entries()), s.pushedBy(),
                        WHEN.format(s.pushedAt())});
            }
            if (!listed.isEmpty()) {
                studies.setSelection(0);
                studies.setFocus();
            }
            update();
        });
    }

    @Override
    protected void okPressed() {
        int i = studies.getSelectionIndex();
        if (i < 0 || chosenUrl == null) {
            return;
        }
        chosenId = listed.get(i).id();
        preferences().put(LAST_URL, chosenUrl.toString());
        super.okPressed();
    }

    /** The server's URL chosen (after Open). */
    public LabUrl url() {
        return chosenUrl;
    }

    /** The password that connected (kept in memory only). */
    public String password() {
        return chosenPassword;
    }

    /** The lab study chosen. */
    public long studyId() {
        return chosenId;
    }

    private static String initialUrl() {
        String last = preferences().get(LAST_URL, null);
        String env = System.getenv("VIVARIUM_LAB");
        return last != null ? last : env != null ? env : "";
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.vivarium.ui");
    }
}
