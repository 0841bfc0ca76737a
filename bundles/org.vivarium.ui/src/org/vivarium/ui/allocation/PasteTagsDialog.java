package org.vivarium.ui.allocation;

import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.study.EarTags;
import org.vivarium.model.Animal;

/**
 * Paste Ear Tags...: a column copied from a spreadsheet (one value a line, in the order of the animals listed) becomes
 * the animals' ear tags or identifiers, checked first (one per animal, no duplicates, none naming another animal),
 * as one undoable command.
 */
final class PasteTagsDialog extends TitleAreaDialog {

    private final List<Animal> animals;
    private final EditingDomain domain;
    private Button tags;
    private Text column;
    private Label outcome;
    private EarTags.Plan plan;

    PasteTagsDialog(Shell shell, List<Animal> animals, EditingDomain domain) {
        super(shell);
        this.animals = animals;
        this.domain = domain;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Paste Ear Tags");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Paste a column of ear tags or identifiers");
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(12, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        Label order = new Label(c, SWT.WRAP);
        order.setText(animals.size() + " animals, in this order (one line each):");
        GridDataFactory.fillDefaults().span(2, 1).applyTo(order);
        Text list = new Text(c, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL);
        list.setFont(JFaceResources.getTextFont());
        list.setText(String.join("\n", animals.stream().map(Animal::getId).toList()));
        GridDataFactory.fillDefaults().grab(false, true).hint(140, 260).applyTo(list);
        column = new Text(c, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL);
        column.setFont(JFaceResources.getTextFont());
        column.setMessage("Paste the column here (Ctrl+V)");
        column.addListener(SWT.Modify, e -> update());
        GridDataFactory.fillDefaults().grab(true, true).hint(200, 260).applyTo(column);
        Composite kind = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(kind);
        GridDataFactory.fillDefaults().span(2, 1).applyTo(kind);
        tags = new Button(kind, SWT.RADIO);
        tags.setText("Ear tags");
        tags.setSelection(true);
        tags.addListener(SWT.Selection, e -> update());
        Button ids = new Button(kind, SWT.RADIO);
        ids.setText("Identifiers (rename the animals)");
        ids.addListener(SWT.Selection, e -> update());
        outcome = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(420, SWT.DEFAULT).applyTo(outcome);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Set", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || outcome == null) {
            return;
        }
        List<String> lines = Arrays.asList(column.getText().split("\\R", -1));
        plan = column.getText().isBlank() ? null : tags.getSelection() ? EarTags.assign(animals, lines)
                : EarTags.assignIds(animals, lines);
        if (plan == null) {
            setErrorMessage(null);
            setMessage("Copy the column in Excel or LibreOffice and paste it on the right.");
            outcome.setText("");
        } else if (plan.hasProblems()) {
            setErrorMessage(String.join("\n", plan.problems()));
            outcome.setText("");
        } else {
            setErrorMessage(null);
            setMessage("One undoable command sets them.");
            outcome.setText("Sets the " + plan.summary() + ".");
        }
        ok.setEnabled(plan != null && !plan.hasProblems());
        outcome.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        if (plan != null && !plan.hasProblems()) {
            domain.getCommandStack().execute(plan.toCommand(domain));
        }
        super.okPressed();
    }
}
