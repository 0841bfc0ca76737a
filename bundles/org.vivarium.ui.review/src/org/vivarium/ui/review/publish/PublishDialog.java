package org.vivarium.ui.review.publish;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.Cohort;
import org.vivarium.model.MeasureDefinition;
import org.vivarium.model.Study;

/**
 * Asks where to write a publication and on which options (paper, cohort, assay and measure), checking the file name
 * as it is typed. The publication is written by {@link PublishJob} after the dialog closes.
 */
final class PublishDialog extends TitleAreaDialog {

    private final Publication publication;
    private final Study study;
    private final Path folder;
    private Text file;
    private Combo paper;
    private Combo cohorts;
    private Combo assays;
    private Combo measures;
    private PublishRequest request;

    PublishDialog(Shell shell, Publication publication, Study study, Path folder) {
        super(shell);
        this.publication = publication;
        this.study = study;
        this.folder = folder;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(publication.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(publication.title() + " of " + study.getId());
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(3).margins(10, 10).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        label(c, "File:");
        file = new Text(c, SWT.BORDER);
        file.setText(folder.resolve(publication.suggestedName(study.getId())).toString());
        file.addListener(SWT.Modify, e -> update());
        GridDataFactory.fillDefaults().grab(true, false).hint(380, SWT.DEFAULT).applyTo(file);
        Button browse = new Button(c, SWT.PUSH);
        browse.setText("Browse...");
        browse.addListener(SWT.Selection, e -> browse());
        if (publication.hasPaper()) {
            label(c, "Paper:");
            paper = combo(c, List.of("A4 (210 x 297 mm)", "US Letter (8.5 x 11 in)"));
            paper.select(Locale.getDefault().getCountry().matches("US|CA|MX|PH") ? 1 : 0);
        }
        if (publication.hasCohort()) {
            label(c, "Cohort:");
            List<String> names = new ArrayList<>(List.of("All cohorts"));
            study.getCohorts().forEach(each -> names.add(each.getName()));
            cohorts = combo(c, names);
            cohorts.select(0);
        }
        if (publication.hasAssay()) {
            label(c, "Assay:");
            List<String> names = new ArrayList<>(List.of("All assays"));
            study.getAssays().forEach(a -> names.add(a.getCode() + " - " + a.getName()));
            assays = combo(c, names);
            assays.select(0);
            assays.addListener(SWT.Selection, e -> fillMeasures());
            label(c, "Measure:");
            measures = combo(c, List.of("All measures"));
            measures.select(0);
            measures.setEnabled(false);
        }
        return area;
    }

    private static void label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
    }

    private static Combo combo(Composite parent, List<String> items) {
        Combo combo = new Combo(parent, SWT.READ_ONLY);
        items.forEach(combo::add);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(combo);
        return combo;
    }

    private void fillMeasures() {
        measures.removeAll();
        measures.add("All measures");
        AssayDefinition assay = assay();
        if (assay != null) {
            for (MeasureDefinition m : assay.getMeasures()) {
                measures.add(m.getName() + (m.getUnit() == null || m.getUnit().isBlank() ? "" : " (" + m.getUnit() + ")"));
            }
        }
        measures.select(0);
        measures.setEnabled(assay != null);
    }

    private AssayDefinition assay() {
        int i = assays == null ? 0 : assays.getSelectionIndex();
        return i <= 0 ? null : study.getAssays().get(i - 1);
    }

    private void browse() {
        FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
        dialog.setText(publication.title());
        dialog.setFilterNames(publication.filterNames().toArray(String[]::new));
        dialog.setFilterExtensions(publication.extensions().stream().map(e -> "*." + e).toArray(String[]::new));
        Path current = Path.of(file.getText().strip().isEmpty() ? folder.toString() : file.getText().strip());
        dialog.setFilterPath(current.getParent() == null ? folder.toString() : current.getParent().toString());
        dialog.setFileName(current.getFileName() == null ? "" : current.getFileName().toString());
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            if (!publication.accepts(chosen)) {
                chosen = chosen + "." + publication.extensions().get(Math.max(0, dialog.getFilterIndex()));
            }
            file.setText(chosen);
        }
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Write", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** The problem with the typed file name, or null. */
    static String problem(Publication publication, String typed) {
        String name = typed.strip();
        if (name.isEmpty()) {
            return "Choose the file to write";
        }
        Path path = Path.of(name);
        if (!publication.accepts(name)) {
            return "The file name must end in ." + String.join(" or .", publication.extensions());
        }
        Path parent = path.toAbsolutePath().getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return "The folder " + parent + " does not exist";
        }
        if (Files.isDirectory(path)) {
            return name + " is a folder";
        }
        return null;
    }

    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null) {
            return;
        }
        String problem = problem(publication, file.getText());
        setErrorMessage(problem);
        if (problem == null) {
            boolean exists = Files.exists(Path.of(file.getText().strip()));
            setMessage(kinds() + (exists ? " The file exists and will be replaced."
                    : " Written in the background; the file appears when it is complete."));
        }
        ok.setEnabled(problem == null);
    }

    /** What is written: "The extension chooses the format: Word document (*.docx) or PDF document (*.pdf)." */
    private String kinds() {
        return publication.extensions().size() > 1 ? "The extension chooses the format: " + String.join(" or ",
                publication.filterNames()) + "." : publication.filterNames().get(0) + ".";
    }

    @Override
    protected void okPressed() {
        AssayDefinition assay = assay();
        int m = measures == null ? 0 : measures.getSelectionIndex();
        Cohort cohort = cohorts == null || cohorts.getSelectionIndex() <= 0 ? null
                : study.getCohorts().get(cohorts.getSelectionIndex() - 1);
        request = new PublishRequest(publication, Path.of(file.getText().strip()).toAbsolutePath(),
                paper != null && paper.getSelectionIndex() == 1, cohort == null ? null : cohort.getName(),
                assay == null ? null : assay.getCode(),
                assay == null || m <= 0 ? null : assay.getMeasures().get(m - 1).getName());
        super.okPressed();
    }

    /** What to write, or null when cancelled. */
    PublishRequest request() {
        return request;
    }
}
