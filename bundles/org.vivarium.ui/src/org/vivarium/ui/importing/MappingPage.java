package org.vivarium.ui.importing;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CCombo;
import org.eclipse.swt.custom.TableEditor;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vivarium.io.excel.ColumnLayout;
import org.vivarium.io.excel.ColumnRole;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportMapping;
import org.vivarium.io.excel.ImportMapping.ColumnSpec;
import org.vivarium.io.excel.MappingFiles;
import org.vivarium.io.excel.SheetLayout;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.ui.emf.WheelGuard;

/**
 * Step 2: how each column is read - detected from the headers (units, synonyms, the study's measure aliases) and
 * corrected here when needed; the corrections can be saved as a mapping file for sheets of the same shape.
 */
public class MappingPage extends WizardPage {

    private final ImportWizard wizard;
    private Combo sheet;
    private Spinner headerRow;
    private Label summary;
    private Table columns;
    private SheetLayout layout;
    private final List<String> choiceIds = new ArrayList<>();
    private final List<String> choiceLabels = new ArrayList<>();

    MappingPage(ImportWizard wizard) {
        super("mapping");
        this.wizard = wizard;
        setTitle("Columns");
        setDescription("Check what each column holds; change it where the guess is wrong.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(5).applyTo(c);
        new Label(c, SWT.NONE).setText("Sheet:");
        sheet = new Combo(c, SWT.READ_ONLY);
        sheet.addListener(SWT.Selection, e -> detect());
        new Label(c, SWT.NONE).setText("Header row:");
        headerRow = new Spinner(c, SWT.BORDER);
        headerRow.setMinimum(1);
        headerRow.setMaximum(1000);
        headerRow.addListener(SWT.Selection, e -> {
            wizard.mapping(wizard.mapping().withHeaderRow(headerRow.getSelection()));
            detect();
        });
        Button save = new Button(c, SWT.PUSH);
        save.setText("Save mapping...");
        save.setToolTipText("Save these column settings to use them again (vivarium import --mapping, or this wizard)");
        save.addListener(SWT.Selection, e -> save());
        GridDataFactory.fillDefaults().align(SWT.END, SWT.CENTER).grab(true, false).applyTo(save);
        summary = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(5, 1).grab(true, false).hint(560, SWT.DEFAULT).applyTo(summary);
        columns = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
        columns.setHeaderVisible(true);
        columns.setLinesVisible(true);
        for (String h : new String[] { "Column", "Header", "Imported as", "Note" }) {
            new TableColumn(columns, SWT.LEFT).setText(h);
        }
        GridDataFactory.fillDefaults().span(5, 1).grab(true, true).hint(640, 260).applyTo(columns);
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        if (visible) {
            List<String> chosen = wizard.filePage().chosenSheets();
            sheet.setItems(chosen.toArray(String[]::new));
            sheet.select(0);
            choices();
            detect();
        }
        super.setVisible(visible);
    }

    /** Roles and the study's measures a column can be read as. */
    private void choices() {
        choiceIds.clear();
        choiceLabels.clear();
        for (ColumnRole r : ColumnRole.values()) {
            if (r != ColumnRole.MEASURE) {
                choiceIds.add(r.id());
                choiceLabels.add(r.label());
            }
        }
        for (AssayDefinition a : wizard.session().study().getAssays()) {
            for (MeasureDefinition m : a.getMeasures()) {
                choiceIds.add("measure:" + a.getCode() + "." + m.getName());
                choiceLabels.add("Values of " + a.getCode() + " " + m.getLabel()
                        + (m.getUnit() == null ? "" : " (" + m.getUnit() + ")"));
            }
        }
    }

    private void detect() {
        try {
            layout = wizard.spreadsheet().detect(sheet.getText(), wizard.session().study(), wizard.mapping());
        } catch (ImportException e) {
            setErrorMessage(e.problems().stream().map(Object::toString).collect(Collectors.joining("\n")));
            layout = null;
            return;
        }
        setErrorMessage(null);
        headerRow.setSelection(Math.max(1, layout.headerRow()));
        String defaults = layout.defaults().entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
        String problems = layout.problems().stream().map(p -> p.cell() + ": " + p.message())
                .collect(Collectors.joining("; "));
        summary.setText((layout.recognised() ? "Header on row " + layout.headerRow() + "." : "No header found.")
                + (defaults.isEmpty() ? "" : " Every row: " + defaults + ".") + (problems.isEmpty() ? "" : " " + problems));
        fill();
    }

    private void fill() {
        for (Control editor : columns.getChildren()) {
            editor.dispose();
        }
        columns.removeAll();
        for (ColumnLayout col : layout.columns()) {
            TableItem item = new TableItem(columns, SWT.NONE);
            item.setText(new String[] { col.letter(), col.header(), "", col.note() == null ? "" : col.note() });
            CCombo combo = new CCombo(columns, SWT.READ_ONLY | SWT.FLAT);
            combo.setItems(choiceLabels.toArray(String[]::new));
            combo.setVisibleItemCount(16);
            WheelGuard.guard(combo);
            combo.setText(col.role() == ColumnRole.MEASURE ? "Values of " + col.target() : col.role().label());
            combo.setToolTipText(col.target());
            combo.addListener(SWT.Selection, e -> changed(col, combo.getSelectionIndex()));
            TableEditor editor = new TableEditor(columns);
            editor.grabHorizontal = true;
            editor.setEditor(combo, item, 2);
        }
        for (TableColumn tc : columns.getColumns()) {
            tc.pack();
        }
        columns.getColumn(2).setWidth(Math.max(columns.getColumn(2).getWidth(), 260));
    }

    private void changed(ColumnLayout col, int choice) {
        if (choice < 0) {
            return;
        }
        String id = choiceIds.get(choice);
        ImportMapping explicit = layout.toMapping(wizard.mapping());
        String header = col.header().isBlank() ? null : col.header();
        String letter = header == null ? col.letter() : null;
        ColumnSpec spec = id.startsWith("measure:")
                ? new ColumnSpec(header, letter, ColumnRole.MEASURE, id.substring("measure:".length()), null, null,
                        null, null, null)
                : new ColumnSpec(header, letter, ColumnRole.of(id), null, null, null, null, null, null);
        wizard.mapping(explicit.withColumn(spec));
        detect();
    }

    /** The file next to a spreadsheet where its mapping is saved (and found again): NAME.mapping.json. */
    static Path mappingFileFor(Path spreadsheet) {
        String name = spreadsheet.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return spreadsheet.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".mapping.json");
    }

    private void save() {
        if (layout == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setFilterExtensions(new String[] { "*.json" });
        dialog.setOverwrite(true);
        Path suggested = mappingFileFor(Path.of(wizard.spreadsheet().file()));
        dialog.setFilterPath(suggested.getParent().toString());
        dialog.setFileName(suggested.getFileName().toString());
        String chosen = dialog.open();
        if (chosen != null) {
            saveTo(Path.of(chosen));
        }
    }

    /** Saves the mapping as shown (also for tests). */
    public void saveTo(Path file) {
        try {
            MappingFiles.write(file, layout.toMapping(wizard.mapping()));
            setMessage("Mapping saved to " + file.getFileName() + ".");
        } catch (IOException e) {
            setErrorMessage("Cannot save the mapping: " + e.getMessage());
        }
    }

    /** The detected layout (tests). */
    public SheetLayout layout() {
        return layout;
    }
}
