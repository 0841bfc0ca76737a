package org.vivarium.ui.allocation;

import java.security.SecureRandom;
import java.util.function.Function;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;

/**
 * One blinding action (blind codes for a cohort, coding the treatments, unblinding): the cohort it concerns (when
 * it concerns one), a seed (when it draws codes) and the reason, with what it will do - or why it cannot - shown as
 * they are typed. Nothing changes until the action's button; then one undoable command is carried out.
 */
final class BlindingDialog extends TitleAreaDialog {

    /** What the action comes to with the current choices: a problem, or a summary and the command. */
    record Outcome(String problem, String summary, Function<EditingDomain, Command> command) {
        static Outcome refused(String problem) {
            return new Outcome(problem, null, null);
        }
    }

    /** Plans the action for a cohort (null: the whole study), a seed (null when the action has none) and a reason. */
    interface Planner {
        Outcome plan(Cohort cohort, Long seed, String reason);
    }

    /** What the dialog asks for. */
    record Spec(String title, String heading, String button, boolean cohortChoice, boolean wholeStudyChoice,
            boolean seed, String reasonHint) {
    }

    private final Study study;
    private final EditingDomain domain;
    private final Spec spec;
    private final Planner planner;
    private Cohort cohort;
    private Combo cohorts;
    private Text seed;
    private Text reason;
    private Label outcome;
    private Outcome planned;
    private Command executed;

    BlindingDialog(Shell shell, Study study, EditingDomain domain, Cohort cohort, Spec spec, Planner planner) {
        super(shell);
        this.study = study;
        this.domain = domain;
        this.cohort = spec.wholeStudyChoice() ? null : cohort;
        this.spec = spec;
        this.planner = planner;
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(spec.title());
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle(spec.heading());
        Composite c = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(10, 8).applyTo(c);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(c);
        if (spec.cohortChoice()) {
            Fields.label(c, "Cohort:");
            cohorts = new Combo(c, SWT.READ_ONLY);
            if (spec.wholeStudyChoice()) {
                cohorts.add("The whole study");
            }
            study.getCohorts().forEach(each -> cohorts.add(each.getName() + " (" + each.getAnimals().size()
                    + " animals)"));
            int offset = spec.wholeStudyChoice() ? 1 : 0;
            cohorts.select(cohort == null ? 0 : study.getCohorts().indexOf(cohort) + offset);
            cohorts.addListener(SWT.Selection, e -> {
                int i = cohorts.getSelectionIndex() - offset;
                cohort = i < 0 ? null : study.getCohorts().get(i);
                update();
            });
        }
        if (spec.seed()) {
            Fields.label(c, "Seed:");
            seed = Fields.text(c, Long.toString(new SecureRandom().nextInt(1, 1_000_000_000)),
                    "The same seed gives the same codes; it is recorded", this::update);
        }
        Fields.label(c, "Reason:");
        reason = Fields.text(c, "", spec.reasonHint(), this::update);
        outcome = new Label(c, SWT.WRAP);
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(480, SWT.DEFAULT).applyTo(outcome);
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, spec.button(), true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || outcome == null) {
            return;
        }
        planned = null;
        String problem;
        Long s = null;
        if (seed != null) {
            try {
                s = Long.parseLong(seed.getText().strip());
            } catch (NumberFormatException e) {
                s = null;
            }
        }
        if (seed != null && s == null) {
            problem = "The seed must be a whole number, not '" + seed.getText().strip() + "'";
        } else {
            planned = planner.plan(cohort, s, reason.getText().isBlank() ? null : reason.getText().strip());
            problem = planned.problem();
        }
        if (problem != null) {
            planned = null;
            setErrorMessage(problem.substring(0, 1).toUpperCase() + problem.substring(1));
            outcome.setText("");
        } else {
            setErrorMessage(null);
            setMessage("Recorded in the study's blinding log (who, when, why); Edit > Undo takes it back.");
            outcome.setText(planned.summary());
        }
        ok.setEnabled(planned != null);
        outcome.getParent().layout(true);
    }

    @Override
    protected void okPressed() {
        if (planned != null) {
            executed = planned.command().apply(domain);
            org.vivarium.ui.session.StudySessions.execute(domain, executed,
                    reason.getText().isBlank() ? null : reason.getText().strip());
        }
        super.okPressed();
    }

    /** The command carried out, or null (cancelled). */
    Command executed() {
        return executed;
    }

}
