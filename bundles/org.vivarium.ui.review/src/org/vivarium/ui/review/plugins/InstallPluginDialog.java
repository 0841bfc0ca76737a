package org.vivarium.ui.review.plugins;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vivarium.p2.PluginException;
import org.vivarium.p2.PluginManager;
import org.vivarium.p2.SiteFeature;

/**
 * Help > Install Analysis Plug-in...: a site (folder, .zip or URL), the features found on it with their versions,
 * install the checked ones through p2 (as {@code vivarium plugin install}), then offer to restart.
 */
public final class InstallPluginDialog extends TitleAreaDialog {

    private Text site;
    private Table features;
    private List<SiteFeature> found = List.of();
    private String foundOn;

    public InstallPluginDialog(Shell parent) {
        super(parent);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Install Analysis Plug-in");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle("Install an analysis plug-in");
        setMessage("A lab's plug-in site: a folder, a .zip file or an http(s) address. Show its features, check the"
                + " ones to install.");
        Composite area = (Composite) super.createDialogArea(parent);
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        new Label(c, SWT.NONE).setText("&Site:");
        site = new Text(c, SWT.BORDER | SWT.SINGLE);
        site.setData("name", "site");
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(site);
        site.addModifyListener(e -> updateButtons());
        site.addListener(SWT.DefaultSelection, e -> find());
        Button folder = new Button(c, SWT.PUSH);
        folder.setText("&Folder...");
        folder.addListener(SWT.Selection, e -> {
            String d = new DirectoryDialog(getShell()).open();
            if (d != null) {
                site.setText(d);
                find();
            }
        });
        Button zip = new Button(c, SWT.PUSH);
        zip.setText("&Zip...");
        zip.addListener(SWT.Selection, e -> {
            FileDialog f = new FileDialog(getShell(), SWT.OPEN);
            f.setFilterExtensions(new String[] { "*.zip", "*.*" });
            String z = f.open();
            if (z != null) {
                site.setText(z);
                find();
            }
        });
        Button show = new Button(c, SWT.PUSH);
        show.setText("S&how Features");
        show.setData("name", "show");
        show.addListener(SWT.Selection, e -> find());
        features = new Table(c, SWT.BORDER | SWT.CHECK | SWT.FULL_SELECTION);
        features.setData("name", "features");
        features.setHeaderVisible(true);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(SWT.DEFAULT, 160).applyTo(features);
        for (String[] col : new String[][] { { "Feature", "360" }, { "Version", "140" }, { "Installed", "120" } }) {
            TableColumn tc = new TableColumn(features, SWT.LEFT);
            tc.setText(col[0]);
            tc.setWidth(Integer.parseInt(col[1]));
        }
        features.addListener(SWT.Selection, e -> updateButtons());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "&Install", false).setData("name", "install");
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        updateButtons();
    }

    private void find() {
        String s = site.getText().trim();
        features.removeAll();
        found = List.of();
        if (s.isEmpty()) {
            setErrorMessage("Give a site: a folder, a .zip file or an http(s) address.");
            return;
        }
        try {
            PluginManager.checkSite(s);
            found = PluginTasks.run(getShell(), "Reading " + s, (m, monitor) -> m.features(s, monitor));
            foundOn = s;
            for (SiteFeature f : found) {
                TableItem item = new TableItem(features, SWT.NONE);
                item.setText(new String[] { f.name().equals(f.id()) ? f.id() : f.name() + " (" + f.id() + ")",
                        f.version(), f.installed() == null ? "" : f.installed() });
                item.setChecked(f.installed() == null || !f.installed().equals(f.version()));
                item.setData(f);
            }
            setErrorMessage(found.isEmpty() ? s + ": nothing installable there (the site has no features)" : null);
        } catch (PluginException e) {
            setErrorMessage(e.getMessage());
        }
        updateButtons();
    }

    private void updateButtons() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!checked().isEmpty() && site.getText().trim().equals(foundOn));
        }
    }

    private List<SiteFeature> checked() {
        List<SiteFeature> out = new ArrayList<>();
        if (features != null) {
            for (TableItem item : features.getItems()) {
                if (item.getChecked()) {
                    out.add((SiteFeature) item.getData());
                }
            }
        }
        return out;
    }

    @Override
    protected void okPressed() {
        List<SiteFeature> chosen = checked();
        List<String> done = new ArrayList<>();
        try {
            for (SiteFeature f : chosen) {
                PluginTasks.run(getShell(), "Installing " + f.id(), (m, monitor) -> m.install(foundOn, f.id(), monitor))
                        .forEach(x -> done.add(x.id() + " " + x.version()));
            }
        } catch (PluginException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        Shell parent = getParentShell();
        super.okPressed();
        PluginTasks.offerRestart(parent, done.isEmpty() ? "Already installed: nothing changed."
                : "Installed " + String.join(", ", done) + ".");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }
}
