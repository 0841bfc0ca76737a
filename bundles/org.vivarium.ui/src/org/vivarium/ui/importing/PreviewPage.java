package org.vivarium.ui.importing;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.io.excel.SheetResult;

/**
 * Step 3: the whole import checked before anything changes - what would be added, and every problem by sheet and
 * cell. Finish imports all of it as one undoable change; with any problem it imports nothing.
 */
public class PreviewPage extends WizardPage {

    private final ImportWizard wizard;
    private Label summary;
    private Table problems;
    private Button save;

    PreviewPage(ImportWizard wizard) {
        super("preview");
        this.wizard = wizard;
        setTitle("Check");
        setDescription("Every value is checked against the study before anything is imported.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        summary = new Label(c, SWT.WRAP);
        summary.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        problems = new Table(c, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        problems.setHeaderVisible(true);
        problems.setLinesVisible(true);
        for (String h : new String[] { "Sheet", "Cell", "Problem" }) {
            new TableColumn(problems, SWT.LEFT).setText(h);
        }
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 260).applyTo(problems);
        save = new Button(c, SWT.CHECK);
        save.setText("Save the study right after importing");
        save.setSelection(true);
        setControl(c);
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            getShell().getDisplay().asyncExec(this::check);
        }
    }

    /** Plans the import (progress bar, Cancel) and shows the outcome. */
    public void check() {
        problems.removeAll();
        ImportPlan plan;
        try {
            plan = wizard.planWithProgress();
        } catch (ImportException e) {
            show(e.problems());
            summary.setText("The file cannot be imported:");
            setPageComplete(false);
            return;
        }
        if (plan == null) {
            summary.setText("Cancelled. Go back and forth to check again.");
            setPageComplete(false);
            return;
        }
        StringBuilder text = new StringBuilder(plan.summary());
        for (SheetResult s : plan.sheets()) {
            text.append('\n').append(s.describe());
        }
        if (plan.hasProblems()) {
            text.append("\n").append(plan.problemCount()).append(" problem(s): nothing will be imported until they "
                    + "are fixed in the file (or the mapping).");
        } else if (plan.isEmpty()) {
            text.append("\nNothing new to import.");
        }
        summary.setText(text.toString());
        show(plan.problems());
        setPageComplete(!plan.hasProblems() && !plan.isEmpty());
        getContainer().updateButtons();
        ((Composite) getControl()).layout(true, true);
    }

    private void show(List<ImportProblem> list) {
        for (ImportProblem p : list) {
            TableItem item = new TableItem(problems, SWT.NONE);
            item.setText(new String[] { p.sheet() == null ? "" : p.sheet(), p.row() < 0 ? "" : p.cell(), p.message() });
        }
        for (TableColumn c : problems.getColumns()) {
            c.pack();
        }
    }

    boolean saveAfterwards() {
        return save.getSelection();
    }

    /** Problems shown, one line each (tests). */
    public int problemCount() {
        return problems.getItemCount();
    }

    public String summaryText() {
        return summary.getText();
    }
}
