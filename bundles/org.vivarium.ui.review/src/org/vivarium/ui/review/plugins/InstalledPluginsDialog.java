package org.vivarium.ui.review.plugins;

import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vivarium.p2.InstalledPlugin;
import org.vivarium.p2.PluginException;
import org.vivarium.p2.PluginState;
import org.vivarium.p2.PluginStates;

/**
 * Help > Installed Plug-ins: what {@code vivarium plugin list} prints (id, version, state: active, unresolved: why,
 * failing: why, not installed: why), with Remove for the plug-ins installed through p2.
 */
public final class InstalledPluginsDialog extends TitleAreaDialog {

    private static final int REMOVE = IDialogConstants.CLIENT_ID + 1;

    private Table table;
    private boolean changed;
    private String removed = "";

    public InstalledPluginsDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Installed Plug-ins");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Installed analysis plug-ins");
        setMessage("Lab plug-ins of this Vivarium and their state; the built-in analyses are not listed.");
        Composite area = (Composite) super.createDialogArea(parent);
        table = new Table(area, SWT.BORDER | SWT.FULL_SELECTION | SWT.SINGLE);
        table.setData("name", "plugins");
        table.setHeaderVisible(true);
        GridDataFactory.fillDefaults().grab(true, true).hint(760, 200).indent(8, 8).applyTo(table);
        for (String[] col : new String[][] { { "Plug-in", "240" }, { "Version", "130" }, { "State", "380" } }) {
            TableColumn tc = new TableColumn(table, SWT.LEFT);
            tc.setText(col[0]);
            tc.setWidth(Integer.parseInt(col[1]));
        }
        table.addListener(SWT.Selection, e -> updateButtons());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, REMOVE, "&Remove", false).setData("name", "remove");
        createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
        refresh();
    }

    private void refresh() {
        table.removeAll();
        try {
            List<PluginState> states = PluginTasks.run(getShell(), "Reading the installed plug-ins",
                    (m, monitor) -> PluginStates.of(m));
            for (PluginState s : states) {
                TableItem item = new TableItem(table, SWT.NONE);
                item.setText(new String[] { s.id(), s.version(), s.state() });
                item.setData(s);
            }
            for (int i = 0; i < 2; i++) { // id and version whole (a version carries its build's date and time)
                TableColumn column = table.getColumn(i);
                int wanted = column.getWidth();
                column.pack();
                column.setWidth(Math.max(wanted, column.getWidth()));
            }
            setErrorMessage(null);
            setMessage(states.isEmpty() ? "No lab plug-ins are installed: Help > Install Analysis Plug-in... adds one."
                    : "Lab plug-ins of this Vivarium and their state; the built-in analyses are not listed.");
        } catch (PluginException e) {
            setErrorMessage(e.getMessage());
        }
        updateButtons();
    }

    private void updateButtons() {
        Button remove = getButton(REMOVE);
        if (remove != null) {
            PluginState s = selected();
            remove.setEnabled(s != null && s.removable());
        }
    }

    private PluginState selected() {
        TableItem[] sel = table.getSelection();
        return sel.length == 1 ? (PluginState) sel[0].getData() : null;
    }

    @Override
    protected void buttonPressed(int id) {
        if (id == REMOVE) {
            PluginState s = selected();
            if (!MessageDialog.openConfirm(getShell(), "Remove Plug-in", "Remove " + s.id() + " " + s.version()
                    + "? Its analyses are gone when Vivarium starts again (install it again to get them back).")) {
                return;
            }
            try {
                InstalledPlugin p = PluginTasks.run(getShell(), "Removing " + s.id(), (m, monitor) -> m.remove(s.id(),
                        monitor));
                changed = true;
                removed += (removed.isEmpty() ? "" : ", ") + p.id() + " " + p.version();
                refresh();
                setMessage("Removed " + p.id() + " " + p.version() + ": gone when Vivarium starts again.");
            } catch (PluginException e) {
                setErrorMessage(e.getMessage());
            }
            return;
        }
        if (id == IDialogConstants.CLOSE_ID) {
            Shell parent = getParentShell();
            close();
            if (changed) {
                PluginTasks.offerRestart(parent, "Removed " + removed + ".");
            }
            return;
        }
        super.buttonPressed(id);
    }
}
