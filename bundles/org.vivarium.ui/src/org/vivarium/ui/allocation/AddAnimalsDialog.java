package org.vivarium.ui.allocation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.study.AnimalBatch;
import org.vivarium.core.study.AnimalBatchPlan;
import org.vivarium.core.study.IdPattern;
import org.vivarium.model.Cohort;
import org.vivarium.model.Sex;
import org.vivarium.model.Study;

/**
 * Add Animals...: many animals of a cohort at once - how many, the sexes (or a split such as 40f,40m), strain, date
 * of birth, an identifier pattern and optionally new cages of at most N (one sex a cage unless mixed). The line at
 * the bottom says what will be added, or what is wrong; one undoable command adds them ({@link #ask}).
 */
public final class AddAnimalsDialog extends TitleAreaDialog {

    private final Study study;
    private Cohort cohort;
    private Combo cohorts;
    private Text count;
    private Text sexes;
    private Text strain;
    private Text born;
    private Text ids;
    private Button caged;
    private Spinner cageSize;
    private Button mixed;
    private Label outcome;
    private AnimalBatchPlan plan;

    private AddAnimalsDialog(Shell shell, Study study, Cohort cohort) {
        super(shell);
        this.study = study;
        this.cohort = cohort;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add Animals");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Add animals to a cohort");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        Fields.label(c, "Cohort:");
        cohorts = new Combo(c, SWT.READ_ONLY);
        study.getCohorts().forEach(each -> cohorts.add(each.getName() + " (" + each.getAnimals().size()
                + " animals)"));
        cohorts.select(study.getCohorts().indexOf(cohort));
        cohorts.addListener(SWT.Selection, e -> {
            cohort = study.getCohorts().get(cohorts.getSelectionIndex());
            strain.setText(nz(cohort.getStrain()));
            update();
        });
        Fields.label(c, "Number of animals:");
        count = Fields.text(c, "40", "1 to " + AnimalBatch.MAX_COUNT, this::update);
        Fields.label(c, "Sex:");
        sexes = Fields.text(c, defaultSex(), "female, male, or a split that adds up to the number, e.g. 20f,20m",
                this::update);
        Fields.label(c, "Strain:");
        strain = Fields.text(c, cohort == null ? "" : nz(cohort.getStrain()),
                "e.g. C57BL/6J (set on the cohort when it has none)", this::update);
        Fields.label(c, "Date of birth:");
        born = Fields.text(c, "", "e.g. 2026-10-01 (empty: not known yet)", this::update);
        Fields.label(c, "Identifiers:");
        ids = Fields.text(c, IdPattern.DEFAULT, "{cohort} the cohort's name, {n} or {n:02} the number (continues after "
                + "the cohort's last), {sex} f or m", this::update);
        Fields.label(c, "Cages:");
        Composite cages = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(4).applyTo(cages);
        caged = new Button(cages, SWT.CHECK);
        caged.setText("Put them into new cages of at most");
        caged.setSelection(true);
        caged.addListener(SWT.Selection, e -> update());
        cageSize = new Spinner(cages, SWT.BORDER);
        cageSize.setValues(4, 1, AnimalBatch.MAX_CAGE_SIZE, 0, 1, 1);
        cageSize.addListener(SWT.Modify, e -> update());
        new Label(cages, SWT.NONE).setText("animals");
        mixed = new Button(cages, SWT.CHECK);
        mixed.setText("both sexes in a cage");
        mixed.addListener(SWT.Selection, e -> update());
        outcome = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(520, SWT.DEFAULT).applyTo(outcome);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Add", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private String defaultSex() {
        if (cohort != null && (cohort.getSex() == Sex.FEMALE || cohort.getSex() == Sex.MALE)) {
            return cohort.getSex() == Sex.FEMALE ? "female" : "male";
        }
        return "20f,20m";
    }

    /** Plans the batch with what is typed and says what it adds, or what is wrong. */
    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || outcome == null) {
            return;
        }
        cageSize.setEnabled(caged.getSelection());
        mixed.setEnabled(caged.getSelection());
        plan = null;
        String problem;
        try {
            problem = cohort == null ? "Choose a cohort (add one on the design editor's Animals page first)" : null;
            if (problem == null) {
                plan = AnimalBatch.plan(study, settings());
                problem = plan.hasProblems() ? String.join("\n", plan.problems()) : null;
            }
        } catch (IllegalArgumentException e) {
            problem = e.getMessage();
        }
        if (problem != null) {
            plan = null;
            setErrorMessage(problem.substring(0, 1).toUpperCase() + problem.substring(1));
            outcome.setText("");
        } else {
            setErrorMessage(null);
            setMessage("One undoable command adds them; Edit > Undo takes them back.");
            outcome.setText("Adds " + plan.summary() + ".");
        }
        ok.setEnabled(plan != null);
        outcome.getParent().layout(true);
    }

    private AnimalBatch.Settings settings() {
        int n;
        try {
            n = Integer.parseInt(count.getText().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("the number of animals must be a whole number from 1 to "
                    + AnimalBatch.MAX_COUNT + ", not '" + count.getText().strip() + "'");
        }
        AnimalBatch.Settings s = AnimalBatch.Settings.of(cohort, n).withSexes(AnimalBatch.parseSexes(sexes.getText(),
                n)).withIdPattern(ids.getText().strip());
        if (!strain.getText().isBlank()) {
            s = s.withStrain(strain.getText().strip());
        }
        if (!born.getText().isBlank()) {
            try {
                s = s.withDateOfBirth(LocalDate.parse(born.getText().strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("date of birth '" + born.getText().strip() + "' is not a date "
                        + "like 2026-10-01");
            }
        }
        return caged.getSelection() ? s.withCages(cageSize.getSelection(), mixed.getSelection()) : s;
    }

    /**
     * Asks what to add to the cohort; the command adding it (not yet carried out), or null when cancelled. For the
     * design editor's Add animals... button.
     */
    public static Command ask(Shell shell, Cohort cohort) {
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(cohort);
        Study study = (Study) cohort.eContainer();
        AddAnimalsDialog dialog = new AddAnimalsDialog(shell, study, cohort);
        return dialog.open() == Window.OK && dialog.plan != null ? dialog.plan.toCommand(domain) : null;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
