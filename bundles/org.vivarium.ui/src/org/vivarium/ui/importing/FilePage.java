package org.vivarium.ui.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.behaviour.BehaviourImport;
import org.vivarium.io.excel.behaviour.ExportKind;
import org.vivarium.ui.session.Folders;

/** Step 1: the file (.xlsx, .xls or .csv - recognised by content), its sheets, and whether rosters create animals. */
public class FilePage extends WizardPage {

    private final ImportWizard wizard;
    private Text file;
    private Table sheets;
    private Button create;
    private Label mappingNote;

    FilePage(ImportWizard wizard) {
        super("file");
        this.wizard = wizard;
        setTitle("Spreadsheet");
        setDescription("Choose the file and the sheets to import. Nothing changes in the study before the last step.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).applyTo(c);
        new Label(c, SWT.NONE).setText("File:");
        file = new Text(c, SWT.BORDER);
        GridDataFactory.fillDefaults().grab(true, false).hint(420, SWT.DEFAULT).applyTo(file);
        file.addListener(SWT.DefaultSelection, e -> fileChanged());
        file.addListener(SWT.FocusOut, e -> fileChanged());
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        Label l = new Label(c, SWT.NONE);
        l.setText("Sheets:");
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(l);
        sheets = new Table(c, SWT.BORDER | SWT.CHECK | SWT.V_SCROLL);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(SWT.DEFAULT, 140).applyTo(sheets);
        sheets.addListener(SWT.Selection, e -> update());
        create = new Button(c, SWT.CHECK);
        create.setText("Create the cohorts, cages and animals that the sheet lists but the study lacks (rosters)");
        GridDataFactory.fillDefaults().span(3, 1).applyTo(create);
        Button load = new Button(c, SWT.PUSH);
        load.setText("Load mapping...");
        load.setToolTipText("Use a column mapping saved before (mapping file, JSON)");
        load.addListener(SWT.Selection, e -> loadMapping());
        mappingNote = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(mappingNote);
        mappingNote.setText("Columns are recognised from their headers; you can correct them in the next step.");
        setControl(c);
        setPageComplete(false);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterNames(new String[] { "Spreadsheets (*.xlsx, *.xls, *.csv)", "All files" });
        dialog.setFilterExtensions(new String[] { "*.xlsx;*.xls;*.csv;*.XLSX;*.XLS;*.CSV", "*" });
        String last = Folders.lastImportFolder();
        dialog.setFilterPath(last != null ? last : Folders.dialogFolder());
        String chosen = dialog.open();
        if (chosen != null) {
            setFile(Path.of(chosen));
        }
    }

    /** Chooses the file (also for tests). */
    public void setFile(Path path) {
        file.setText(path.toString());
        fileChanged();
    }

    private void fileChanged() {
        String text = file.getText().strip();
        sheets.removeAll();
        if (text.isEmpty()) {
            update();
            return;
        }
        try {
            Path path = Path.of(text);
            if (Files.isDirectory(path)) {
                setErrorMessage(text + " is a folder: a folder of behaviour exports (EthoVision XT, ANY-maze, BORIS, "
                        + "ezTrack) is imported with File > Import Behaviour Exports...");
                update();
                return;
            }
            wizard.open(path);
            Folders.rememberImportFolder(path);
            for (String name : wizard.spreadsheet().sheets()) {
                TableItem item = new TableItem(sheets, SWT.NONE);
                boolean hidden = wizard.spreadsheet().isHidden(name);
                item.setText(name + (hidden ? "  (hidden)" : ""));
                item.setData(name);
                item.setChecked(!hidden && sheets.getItemCount() == 1);
            }
            autoLoadMapping(path);
            setErrorMessage(null);
            ExportKind kind = BehaviourImport.recognise(path);
            setMessage(kind == null ? null : "This file is a behaviour export (" + kind.label() + "): File > "
                    + "Import Behaviour Exports... reads it with its scoring and the source of each value.", WARNING);
        } catch (ImportException e) {
            setErrorMessage(String.join("\n", e.problems().stream().map(Object::toString).toList()));
        } catch (RuntimeException e) {
            setErrorMessage(text + ": " + e.getMessage());
        }
        update();
    }

    /** A mapping saved next to the file as NAME.mapping.json is used automatically. */
    private void autoLoadMapping(Path path) {
        Path saved = MappingPage.mappingFileFor(path);
        if (Files.isRegularFile(saved)) {
            load(saved);
        }
    }

    private void loadMapping() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
        dialog.setFilterExtensions(new String[] { "*.json", "*" });
        if (wizard.spreadsheet() != null) {
            dialog.setFilterPath(Path.of(wizard.spreadsheet().file()).toAbsolutePath().getParent().toString());
        }
        String chosen = dialog.open();
        if (chosen != null) {
            load(Path.of(chosen));
        }
    }

    private void load(Path mapping) {
        try {
            ImportMapping m = MappingFiles.read(mapping);
            wizard.mapping(m);
            mappingNote.setText("Using the mapping in " + mapping.getFileName() + ".");
            if (m.sheet() != null) {
                for (TableItem item : sheets.getItems()) {
                    item.setChecked(m.sheet().equals(item.getData()));
                }
            }
        } catch (ImportException e) {
            setErrorMessage(String.join("\n", e.problems().stream().map(Object::toString).toList()));
        }
    }

    private void update() {
        setPageComplete(wizard.spreadsheet() != null && !chosenSheets().isEmpty());
    }

    /** The sheets ticked, in workbook order. */
    public List<String> chosenSheets() {
        List<String> chosen = new ArrayList<>();
        if (sheets != null) {
            for (TableItem item : sheets.getItems()) {
                if (item.getChecked()) {
                    chosen.add((String) item.getData());
                }
            }
        }
        return chosen;
    }

    boolean create() {
        return create != null && create.getSelection();
    }
}
