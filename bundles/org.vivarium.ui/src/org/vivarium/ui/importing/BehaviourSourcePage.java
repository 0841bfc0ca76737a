package org.vivarium.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.BusyIndicator;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.study.Studies;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.session.Folders;

/**
 * Step 1: the folder of exports (or one export file), each file with the kind of export recognised from its content,
 * the session the values go into, and a mapping (found next to the folder or file, or loaded).
 */
public class BehaviourSourcePage extends WizardPage {

    /** What the file list says of a file that is no export Vivarium reads. */
    public static final String NOT_RECOGNISED = "not recognised (reported as a problem)";

    private final BehaviourImportWizard wizard;
    private Text path;
    private Table files;
    private Combo session;
    private Label mappingNote;
    private String shown;

    BehaviourSourcePage(BehaviourImportWizard wizard) {
        super("exports");
        this.wizard = wizard;
        setTitle("Behaviour exports");
        setDescription("Choose a folder of exports (one file per trial) or one export file, and the session. "
                + "Nothing changes in the study before the last step.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(4).applyTo(c);
        new Label(c, SWT.NONE).setText("Folder or file:");
        path = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(path);
        path.addListener(SWT.DefaultSelection, e -> pathChanged());
        path.addListener(SWT.FocusOut, e -> pathChanged());
        path.addListener(SWT.Traverse, e -> { // Enter reads the path and shows its files; Next is a separate step
            if (e.detail == SWT.TRAVERSE_RETURN) {
                pathChanged();
                e.doit = false;
            }
        });
        Button folder = new Button(c, SWT.PUSH);
        folder.setText("Folder...");
        folder.setToolTipText("A folder of exports: every file in it is imported together, all or nothing");
        folder.addListener(SWT.Selection, e -> browseFolder());
        Button file = new Button(c, SWT.PUSH);
        file.setText("File...");
        file.setToolTipText("One export file (EthoVision XT, ANY-maze, BORIS or ezTrack)");
        file.addListener(SWT.Selection, e -> browseFile());
        Label l = new Label(c, SWT.NONE);
        l.setText("Files:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        files = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        files.setHeaderVisible(true);
        files.setLinesVisible(true);
        new TableColumn(files, SWT.LEFT).setText("File");
        new TableColumn(files, SWT.LEFT).setText("Recognised as");
        GridDataFactory.fillDefaults().span(3, 1).grab(true, true).hint(SWT.DEFAULT, 150).applyTo(files);
        new Label(c, SWT.NONE).setText("Session:");
        session = new Combo(c, SWT.READ_ONLY);
        session.setVisibleItemCount(16);
        GridDataFactory.fillDefaults().span(3, 1).applyTo(session);
        session.setToolTipText("The session every value goes into (the mapping's default session), or found from "
                + "each animal's test date, assay and time since dose");
        session.addListener(SWT.Selection, e -> wizard.mapping(wizard.mapping()));
        sessions(null);
        Button load = new Button(c, SWT.PUSH);
        load.setText("Load mapping...");
        load.setToolTipText("Use a mapping file (JSON) for animal names, the session or the analysis window");
        load.addListener(SWT.Selection, e -> loadMapping());
        mappingNote = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(380, SWT.DEFAULT).applyTo(mappingNote);
        noMappingNote();
        setControl(c);
        setPageComplete(false);
    }

    private void noMappingNote() {
        mappingNote.setText("Animals are found by the export's animal ID, ear tag or blind code. A mapping saved "
                + "next to the folder as <folder>.mapping.json (or next to a file as NAME.mapping.json) is used "
                + "automatically.");
    }

    /** Fills the session choice: the study's sessions, and a mapping's default session when the study lacks it. */
    private void sessions(String select) {
        session.removeAll();
        session.add(BehaviourImportWizard.SESSION_FROM_ROWS);
        for (AssaySession s : Studies.sessions(wizard.session().study())) {
            session.add(s.getName());
        }
        if (select != null && session.indexOf(select) < 0) {
            session.add(select); // the plan says it is not in the study
        }
        session.select(select == null ? 0 : session.indexOf(select));
    }

    private void browseFolder() {
        DirectoryDialog dialog = new DirectoryDialog(getShell());
        dialog.setMessage("The folder of behaviour exports (every file in it is imported)");
        String last = Folders.lastImportFolder();
        dialog.setFilterPath(last != null ? last : Folders.dialogFolder());
        String chosen = dialog.open();
        if (chosen != null) {
            setPath(Path.of(chosen));
        }
    }

    private void browseFile() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterNames(new String[] { "Exports (*.xlsx, *.txt, *.csv, *.tsv)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.txt;*.csv;*.tsv;*.XLSX;*.TXT;*.CSV;*.TSV", "*" });
        String last = Folders.lastImportFolder();
        dialog.setFilterPath(last != null ? last : Folders.dialogFolder());
        String chosen = dialog.open();
        if (chosen != null) {
            setPath(Path.of(chosen));
        }
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible && wizard.chosen() != null) { // back from the preview: the folder may have changed meanwhile
            files.removeAll();
            try {
                wizard.reopen();
                BusyIndicator.showWhile(getShell().getDisplay(), this::listFiles);
                setErrorMessage(null);
            } catch (ImportException e) {
                shown = null;
                setErrorMessage(String.join("\n", e.problems().stream().map(Object::toString).toList()));
            }
            setPageComplete(wizard.input() != null);
        }
        super.setVisible(visible);
    }

    /** Chooses the folder or file (also for tests). */
    public void setPath(Path chosen) {
        path.setText(chosen.toString());
        pathChanged();
    }

    private void pathChanged() {
        String text = path.getText().strip();
        if (text.equals(shown)) {
            return; // leaving the field again reads nothing again
        }
        shown = text;
        files.removeAll();
        wizard.clear();
        setErrorMessage(null);
        if (!text.isEmpty()) {
            try {
                Path chosen = Path.of(text);
                wizard.open(chosen);
                Folders.rememberImportFolder(chosen); // a folder: its parent, where the next trials are
                BusyIndicator.showWhile(getShell().getDisplay(), this::listFiles);
                autoLoadMapping(chosen);
            } catch (ImportException e) {
                setErrorMessage(String.join("\n", e.problems().stream().map(Object::toString).toList()));
            } catch (RuntimeException e) {
                setErrorMessage(text + ": " + e.getMessage());
            }
        }
        setPageComplete(wizard.input() != null);
    }

    /** One line per file with the kind of export its content shows. */
    private void listFiles() {
        for (Path f : wizard.input().files()) {
            ExportKind kind = BehaviourImport.recognise(f);
            TableItem item = new TableItem(files, SWT.NONE);
            item.setText(new String[] { f.getFileName().toString(), kind == null ? NOT_RECOGNISED : kind.label() });
        }
        for (TableColumn col : files.getColumns()) {
            col.pack();
        }
    }

    /** A mapping saved next to a folder as FOLDER.mapping.json, or next to a file as NAME.mapping.json. */
    static Path mappingFileFor(Path fileOrFolder) {
        Path absolute = fileOrFolder.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return absolute.resolveSibling(absolute.getFileName() + ".mapping.json");
        }
        return MappingPage.mappingFileFor(absolute);
    }

    private void autoLoadMapping(Path chosen) {
        Path saved = mappingFileFor(chosen);
        if (Files.isRegularFile(saved)) {
            load(saved);
        } else {
            wizard.mapping(ImportMapping.AUTOMATIC);
            noMappingNote(); // the session chosen stays
        }
    }

    private void loadMapping() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        String text = path.getText().strip();
        if (!text.isEmpty() && Path.of(text).toAbsolutePath().getParent() != null) {
            dialog.setFilterPath(Path.of(text).toAbsolutePath().getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            load(Path.of(chosen));
        }
    }

    /** Uses a mapping file; its default session is chosen in the session list (also for tests). */
    public void load(Path mappingFile) {
        try {
            ImportMapping m = MappingFiles.read(mappingFile);
            wizard.mapping(m);
            sessions(m.defaults().get(ColumnRole.SESSION));
            mappingNote.setText("Using the mapping in " + mappingFile.getFileName() + ".");
            setErrorMessage(null);
        } catch (ImportException e) {
            setErrorMessage(String.join("\n", e.problems().stream().map(Object::toString).toList()));
        }
        ((Composite) getControl()).layout(true, true);
    }

    /** The session chosen, or null when it is found from each animal. */
    public String chosenSession() {
        int i = session.getSelectionIndex();
        return i <= 0 ? null : session.getItem(i);
    }

    /** The file list as shown, "name: kind" per line (tests). */
    public String[] listed() {
        return Arrays.stream(files.getItems()).map(i -> i.getText(0) + ": " + i.getText(1)).toArray(String[]::new);
    }
}
