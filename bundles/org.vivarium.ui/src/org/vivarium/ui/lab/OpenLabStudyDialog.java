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
 * File > Open Lab Study... and File > Connect to Lab...: the lab server's URL and the password (or none: then
 * PGPASSWORD or ~/.pgpass), Connect lists the server's studies; Open opens the chosen one, or (Connect to Lab) the
 * connection is kept for this session ({@link LabConnection}), so that Open Lab Study lists the studies at once.
 * Problems (a bad URL, a wrong password, a server that is not running) are shown in the dialog's message line.
 */
public final class OpenLabStudyDialog extends TitleAreaDialog {

    public static final String TITLE = "Open Lab Study";
    public static final String CONNECT_TITLE = "Connect to Lab";
    private static final String LAST_URL = "lastLabUrl";
    private static final String EACH_CHANGE = "labStoreEachChange";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    private Text url;
    private Text password;
    private Table studies;
    private Button eachChange;
    private boolean storeEachChange = true;
    private List<LabStudy> listed = List.of();
    private LabUrl chosenUrl;
    private String chosenPassword;
    private long chosenId;
    private final boolean connectOnly;

    /** Open Lab Study (connectOnly false) or Connect to Lab (true). */
    public OpenLabStudyDialog(Shell parent, boolean connectOnly) {
        super(parent);
        this.connectOnly = connectOnly;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(connectOnly ? CONNECT_TITLE : TITLE);
    }

    @Override
    public void create() {
        super.create();
        LabConnection held = LabConnection.current();
        if (held != null) { // connected before in this session: list the studies at once
            url.setText(held.url().toString());
            password.setMessage("connected as " + held.url().user() + " (type to change)");
            connect(held.url(), held.password());
        }
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(connectOnly ? "Connect to the lab server" : "Open a study of the lab server");
        setMessage(connectOnly ? "Connect with your lab account; Vivarium keeps the connection for this session "
                + "(the password in memory only)." : "Every change you make is stored on the server as you make it, "
                + "under your lab account.");
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
        if (!connectOnly) {
            eachChange = new Button(form, SWT.CHECK);
            eachChange.setText("Store each change as I make it (otherwise all of them when I save)");
            eachChange.setSelection(preferences().getBoolean(EACH_CHANGE, true));
            GridDataFactory.fillDefaults().span(3, 1).applyTo(eachChange);
        }
        studies.addListener(SWT.DefaultSelection, e -> {
            if (studies.getSelectionIndex() >= 0 || connectOnly) {
                okPressed();
            }
        });
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, connectOnly ? "Connect" : "Open", false);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private void update() {
        Button open = getButton(IDialogConstants.OK_ID);
        if (open != null) {
            open.setEnabled(connectOnly ? chosenUrl != null : studies.getSelectionIndex() >= 0);
        }
    }

    /** Connects with what is typed and lists the server's studies (or says what is wrong). */
    private void connect() {
        LabUrl parsed;
        String pw;
        try {
            parsed = LabUrl.parse(url.getText().strip());
            LabConnection held = LabConnection.current();
            pw = !password.getText().isEmpty() ? password.getText()
                    : held != null && held.url().equals(parsed) ? held.password()
                    : LabPasswords.find(parsed, System.getenv(), Path.of(System.getProperty("user.home")),
                            question -> Optional.empty());
        } catch (LabException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        connect(parsed, pw);
    }

    private void connect(LabUrl parsed, String pw) {
        studies.removeAll();
        listed = List.of();
        chosenUrl = null;
        update();
        BusyIndicator.showWhile(getShell().getDisplay(), () -> {
            try {
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
                    + "lab push puts one there)." : "Connected to " + chosenUrl.where() + (connectOnly ? "." 
                    : ": choose a study and Open."));
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
        if (chosenUrl == null || !connectOnly && i < 0) {
            return;
        }
        chosenId = i < 0 ? 0 : listed.get(i).id();
        preferences().put(LAST_URL, chosenUrl.toString());
        if (eachChange != null) {
            storeEachChange = eachChange.getSelection();
            preferences().putBoolean(EACH_CHANGE, storeEachChange);
        }
        LabConnection.remember(chosenUrl, chosenPassword);
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

    /** Whether each change is stored as it is made (else all of them when the person saves). */
    public boolean storeEachChange() {
        return storeEachChange;
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
