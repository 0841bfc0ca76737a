package org.vivarium.ui.audit;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DateTime;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.ISelectionListener;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.part.ViewPart;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.views.StudyPartSupport;

/**
 * The audit trail of the open study: the entries about the object selected in the workbench (an animal, a value of
 * the entry grid, a dose), or of the whole study filtered by user, text and date - the newest 1,000 - under a line
 * saying whether the trail is intact. It follows the open study and refreshes after each change and save.
 */
public class HistoryView extends ViewPart {

    public static final String ID = "org.vivarium.ui.views.history";
    static final String ALL_USERS = "All users";
    static final String NOTHING_SELECTED = "Select an animal, a value in a data entry grid or a dose to see its "
            + "history, or choose Whole study.";

    private StudyPartSupport support;
    private StudySession session;
    private HistoryTarget target;
    private boolean refreshScheduled;
    private Label state;
    private Button acknowledge;
    private Button selectionMode;
    private Button wholeMode;
    private Combo user;
    private Text text;
    private Button sinceOn;
    private DateTime since;
    private Label info;
    private HistoryTable table;
    private final ISelectionListener selectionListener = this::selectionChanged;

    @Override
    public void createPartControl(Composite parent) {
        GridLayoutFactory.swtDefaults().margins(4, 4).spacing(6, 4).applyTo(parent);
        Composite top = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(top);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(top);
        state = new Label(top, SWT.WRAP);
        GridDataFactory.fillDefaults().grab(true, false).align(SWT.FILL, SWT.CENTER).hint(200, SWT.DEFAULT)
                .applyTo(state);
        acknowledge = new Button(top, SWT.PUSH);
        acknowledge.setText(TrailProblems.ACKNOWLEDGE);
        acknowledge.setLayoutData(new org.eclipse.swt.layout.GridData());
        acknowledge.addListener(SWT.Selection, e -> TrailProblems.acknowledge(getSite().getShell(), session));
        createFilters(parent);
        info = new Label(parent, SWT.NONE);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(info);
        table = new HistoryTable(parent);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(table.control());
        support = new StudyPartSupport(getViewSite(), this::studyChanged, this::scheduleRefresh).followUpdates();
        session = support.session();
        getSite().getPage().addPostSelectionListener(selectionListener);
        getSite().getPage().addSelectionListener(selectionListener);
        selectionChanged(null, getSite().getPage().getSelection());
        refresh();
    }

    private void createFilters(Composite parent) {
        Composite filters = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(7).spacing(6, 0).applyTo(filters);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(filters);
        selectionMode = new Button(filters, SWT.RADIO);
        selectionMode.setText("Selection");
        selectionMode.setToolTipText("The entries about the object selected in the workbench");
        selectionMode.setSelection(true);
        wholeMode = new Button(filters, SWT.RADIO);
        wholeMode.setText("Whole study");
        wholeMode.setToolTipText("Every entry of the study's audit trail, filtered by user, text and date");
        selectionMode.addListener(SWT.Selection, e -> modeChanged());
        user = new Combo(filters, SWT.READ_ONLY);
        user.setItems(ALL_USERS);
        user.select(0);
        user.addListener(SWT.Selection, e -> scheduleRefresh());
        text = new Text(filters, SWT.SEARCH | SWT.ICON_CANCEL | SWT.BORDER);
        text.setMessage("Action, object, value or reason");
        text.addListener(SWT.Modify, e -> scheduleRefresh());
        GridDataFactory.fillDefaults().grab(true, false).hint(160, SWT.DEFAULT).applyTo(text);
        sinceOn = new Button(filters, SWT.CHECK);
        sinceOn.setText("Since");
        sinceOn.addListener(SWT.Selection, e -> scheduleRefresh());
        since = new DateTime(filters, SWT.DATE | SWT.DROP_DOWN | SWT.BORDER);
        since.addListener(SWT.Selection, e -> {
            sinceOn.setSelection(true);
            scheduleRefresh();
        });
        modeChanged();
    }

    private void modeChanged() {
        boolean whole = !selectionMode.getSelection();
        for (var c : new org.eclipse.swt.widgets.Control[] { user, text, sinceOn, since }) {
            c.setEnabled(whole);
        }
        scheduleRefresh();
    }

    /** Shows the Whole study mode (or the Selection mode). */
    public void showWholeStudy(boolean whole) {
        selectionMode.setSelection(!whole);
        wholeMode.setSelection(whole);
        modeChanged();
        refresh();
    }

    private void studyChanged(StudySession next) {
        session = next;
        target = null; // an object of the study shown before is not one of this study
        if (user != null) {
            scheduleRefresh();
        }
    }

    private void selectionChanged(IWorkbenchPart part, ISelection selection) {
        if (part == this || session == null) {
            return;
        }
        HistoryTarget next = HistoryTarget.of(selection, session.study().eResource());
        if (next != null && !next.equals(target)) {
            target = next;
            scheduleRefresh();
        }
    }

    private void scheduleRefresh() {
        if (refreshScheduled || state == null || state.isDisposed()) {
            return;
        }
        refreshScheduled = true;
        state.getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (!state.isDisposed()) {
                refresh();
            }
        });
    }

    /** Reads the trail again and shows what the mode and filters ask for. */
    void refresh() {
        AuditTrail trail = session == null ? null : session.trail();
        acknowledge.setVisible(session != null && session.isTrailLocked());
        ((org.eclipse.swt.layout.GridData) acknowledge.getLayoutData()).exclude = !acknowledge.getVisible();
        if (trail == null) {
            state.setText(session == null ? "No study open" : "This study has no audit trail");
            state.setForeground(null);
            info.setText("");
            table.show(List.of());
            state.getParent().getParent().layout(true, true);
            return;
        }
        state.setText(HistoryColumns.state(trail));
        state.setForeground(HistoryColumns.problem(trail) ? state.getDisplay().getSystemColor(SWT.COLOR_RED) : null);
        boolean whole = !selectionMode.getSelection();
        if (!whole && target == null) {
            info.setText(NOTHING_SELECTED);
            table.show(List.of());
            state.getParent().getParent().layout(true, true);
            return;
        }
        HistoryQuery query = whole ? new HistoryQuery(null, user.getSelectionIndex() > 0 ? user.getText() : null,
                text.getText(), sinceOn.getSelection() ? LocalDate.of(since.getYear(), since.getMonth() + 1,
                        since.getDay()).atStartOfDay(ZoneId.systemDefault()).toInstant() : null)
                : new HistoryQuery(target, null, null, null);
        HistoryQuery.Found found = query.run(trail);
        updateUsers(found.users());
        info.setText((whole ? "Whole study" : "Selection: " + target.label()) + " - " + count(found));
        table.show(found.entries());
        state.getParent().getParent().layout(true, true);
    }

    private static String count(HistoryQuery.Found found) {
        if (found.matched() == 0) {
            return "no entries";
        }
        if (found.matched() > found.entries().size()) {
            return String.format(Locale.ROOT, "showing newest %,d of %,d entries", found.entries().size(),
                    found.matched());
        }
        return String.format(Locale.ROOT, "%,d %s", found.matched(), found.matched() == 1 ? "entry" : "entries");
    }

    private void updateUsers(List<String> users) {
        String chosen = user.getText();
        String[] items = new String[users.size() + 1];
        items[0] = ALL_USERS;
        for (int i = 0; i < users.size(); i++) {
            items[i + 1] = users.get(i);
        }
        if (!java.util.Arrays.equals(items, user.getItems())) {
            user.setItems(items);
            int index = users.indexOf(chosen);
            user.select(index < 0 ? 0 : index + 1);
        }
    }

    /** The header line (trail state), for tests. */
    public String stateText() {
        return state.getText();
    }

    /** The line saying what is shown, for tests. */
    public String infoText() {
        return info.getText();
    }

    /** The rows shown, each as its column texts, for tests. */
    public List<List<String>> rows() {
        return table.rows();
    }

    @Override
    public void setFocus() {
        table.control().setFocus();
    }

    @Override
    public void dispose() {
        getSite().getPage().removePostSelectionListener(selectionListener);
        getSite().getPage().removeSelectionListener(selectionListener);
        if (support != null) {
            support.dispose();
        }
        super.dispose();
    }
}
