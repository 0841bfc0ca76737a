package org.vivarium.ui.allocation;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.vivarium.core.allocation.AllocationException;
import org.vivarium.core.allocation.AllocationPlan;
import org.vivarium.core.allocation.AllocationSettings;
import org.vivarium.core.allocation.Blocking;
import org.vivarium.core.allocation.Randomiser;
import org.vivarium.core.study.Users;
import org.vivarium.model.Cohort;
import org.vivarium.model.Study;
import org.vivarium.model.TreatmentArm;

/**
 * Randomise...: allocates a cohort's animals to the study's arms (simple, permuted blocks of fixed or random sizes,
 * stratified, or whole cages), seeded and recorded. The preview shows the allocation and its balance per stratum as
 * the settings change; nothing changes in the study until Randomise is pressed, and then as one undoable command.
 */
public final class RandomiseDialog extends TitleAreaDialog {

    private static final String[] BLOCKING = { "Permuted blocks of one size", "Permuted blocks of random sizes",
            "Simple randomisation (no blocks)" };

    private final Study study;
    private final EditingDomain domain;
    private Cohort cohort;
    private Combo cohorts;
    private final List<Button> armButtons = new ArrayList<>();
    private Text ratio;
    private Button bySex;
    private Button byWeight;
    private Spinner weightBands;
    private Button byGenotype;
    private Combo blocking;
    private Spinner blockSize;
    private Button byCage;
    private Text seed;
    private Button codes;
    private Text reason;
    private Text preview;
    private AllocationPlan plan;

    public RandomiseDialog(Shell shell, Study study, EditingDomain domain, Cohort cohort) {
        super(shell);
        this.study = study;
        this.domain = domain;
        this.cohort = cohort != null ? cohort : study.getCohorts().isEmpty() ? null : study.getCohorts().get(0);
        setShellStyle(getShellStyle() | SWT.RESIZE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Randomise");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        setTitle("Randomise a cohort");
        Composite body = new Composite(area, SWT.NONE);
        GridLayoutFactory.swtDefaults().numColumns(2).margins(10, 10).spacing(16, 8).applyTo(body);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(body);
        Composite settings = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(8, 6).applyTo(settings);
        GridDataFactory.fillDefaults().align(SWT.FILL, SWT.BEGINNING).applyTo(settings);
        createSettings(settings);
        Composite right = new Composite(body, SWT.NONE);
        GridLayoutFactory.fillDefaults().applyTo(right);
        GridDataFactory.fillDefaults().grab(true, true).applyTo(right);
        new Label(right, SWT.NONE).setText("Preview (nothing changes until Randomise):");
        preview = new Text(right, SWT.BORDER | SWT.MULTI | SWT.READ_ONLY | SWT.V_SCROLL | SWT.H_SCROLL);
        preview.setFont(JFaceResources.getTextFont());
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 360).applyTo(preview);
        return area;
    }

    private void createSettings(Composite c) {
        Fields.label(c, "Cohort:");
        cohorts = new Combo(c, SWT.READ_ONLY);
        for (Cohort each : study.getCohorts()) {
            cohorts.add(each.getName() + " (" + each.getAnimals().size() + " animals)");
        }
        cohorts.select(study.getCohorts().indexOf(cohort));
        cohorts.addListener(SWT.Selection, e -> {
            cohort = study.getCohorts().get(cohorts.getSelectionIndex());
            update();
        });
        GridDataFactory.fillDefaults().grab(true, false).applyTo(cohorts);

        Fields.label(c, "Arms:");
        Composite arms = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(arms);
        for (TreatmentArm arm : study.getArms()) {
            Button b = new Button(arms, SWT.CHECK);
            b.setText(arm.getCode() + (arm.isControl() ? " (control)" : ""));
            b.setToolTipText(arm.getLabel());
            b.setSelection(true);
            b.setData(arm);
            b.addListener(SWT.Selection, e -> update());
            armButtons.add(b);
        }
        Fields.label(c, "Ratio:");
        ratio = Fields.text(c, "", "Allocation ratio of the ticked arms in their order, e.g. 1:1:1:1 or 1:2 (empty: "
                + "equal)", this::update);

        Fields.label(c, "Strata:");
        Composite strata = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(3).applyTo(strata);
        bySex = check(strata, "Sex", 3);
        byWeight = check(strata, "Body weight in", 1);
        weightBands = new Spinner(strata, SWT.BORDER);
        weightBands.setValues(2, 2, 5, 0, 1, 1);
        weightBands.addListener(SWT.Modify, e -> update());
        new Label(strata, SWT.NONE).setText("bands (latest weight)");
        byGenotype = check(strata, "Genotype", 3);

        Fields.label(c, "Blocks:");
        blocking = new Combo(c, SWT.READ_ONLY);
        blocking.setItems(BLOCKING);
        blocking.select(0);
        blocking.addListener(SWT.Selection, e -> update());
        Fields.label(c, "Block size:");
        blockSize = new Spinner(c, SWT.BORDER);
        blockSize.setValues(Math.max(2, study.getArms().size()), 1, 100, 0, 1, 4);
        blockSize.addListener(SWT.Modify, e -> update());
        new Label(c, SWT.NONE);
        byCage = check(c, "Allocate whole cages (every animal of a cage gets the cage's arm)", 1);

        Fields.label(c, "Seed:");
        Composite seedRow = new Composite(c, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(seedRow);
        GridDataFactory.fillDefaults().grab(true, false).applyTo(seedRow);
        seed = Fields.text(seedRow, Long.toString(newSeed()), "The same settings and seed give the same allocation",
                this::update);
        Button again = new Button(seedRow, SWT.PUSH);
        again.setText("New Seed");
        again.addListener(SWT.Selection, e -> seed.setText(Long.toString(newSeed())));
        new Label(c, SWT.NONE);
        codes = check(c, "Give every animal a new blind code", 1);
        codes.setSelection(true);
        Fields.label(c, "Reason:");
        reason = Fields.text(c, "", "Required when the cohort was randomised before (recorded with the allocation)",
                this::update);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Randomise", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        update();
    }

    /** Plans the allocation with the current settings and shows it (or why it cannot be done). */
    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok == null || preview == null) {
            return;
        }
        plan = null;
        blockSize.setEnabled(blocking.getSelectionIndex() == 0);
        try {
            plan = Randomiser.plan(study, settings());
            preview.setText(String.join("\n", plan.summaryLines()));
            if (plan.reallocates() && reason.getText().isBlank()) {
                setErrorMessage(null);
                setMessage("Cohort " + cohort.getName() + " was randomised before: give the reason for doing it "
                        + "again (it is recorded).");
                ok.setEnabled(false);
                return;
            }
            setErrorMessage(null);
            setMessage("Allocate " + plan.assignments().size() + " animals of cohort " + cohort.getName()
                    + "; the record (seed, settings, list) is kept in the study and fills its ARRIVE randomisation "
                    + "text.");
            ok.setEnabled(true);
        } catch (AllocationException | IllegalArgumentException e) {
            preview.setText("");
            setErrorMessage(e.getMessage());
            ok.setEnabled(false);
        }
    }

    private AllocationSettings settings() throws AllocationException {
        if (cohort == null) {
            throw new AllocationException("the study has no cohort to randomise");
        }
        List<TreatmentArm> arms = armButtons.stream().filter(Button::getSelection)
                .map(b -> (TreatmentArm) b.getData()).toList();
        List<String> strata = new ArrayList<>();
        if (bySex.getSelection()) {
            strata.add("sex");
        }
        if (byWeight.getSelection()) {
            strata.add("weight:" + weightBands.getSelection());
        }
        if (byGenotype.getSelection()) {
            strata.add("genotype");
        }
        Blocking kind = switch (blocking.getSelectionIndex()) {
            case 1 -> Blocking.RANDOM;
            case 2 -> Blocking.NONE;
            default -> Blocking.FIXED;
        };
        return AllocationSettings.defaults(study, cohort).withArms(arms).withRatio(Ratios.parse(ratio.getText(),
                arms.size())).withStrata(strata).withBlocking(kind, blockSize.getSelection())
                .withByCage(byCage.getSelection()).withSeed(Ratios.seed(seed.getText()))
                .withBlindCodes(codes.getSelection()).withReason(reason.getText().isBlank() ? null
                        : reason.getText().strip()).withUser(Users.current());
    }

    @Override
    protected void okPressed() {
        if (plan != null) {
            Command command = plan.toCommand(domain);
            org.vivarium.ui.session.StudySessions.execute(domain, command,
                    reason.getText().isBlank() ? null : reason.getText().strip());
        }
        super.okPressed();
    }

    /** The plan that was carried out (after OK). */
    public AllocationPlan plan() {
        return plan;
    }

    private static long newSeed() {
        return new SecureRandom().nextInt(1, 1_000_000_000);
    }

    private Button check(Composite c, String text, int span) {
        Button b = new Button(c, SWT.CHECK);
        b.setText(text);
        b.addListener(SWT.Selection, e -> update());
        GridDataFactory.fillDefaults().span(span, 1).applyTo(b);
        return b;
    }

    /** For tests: the preview's text. */
    public String previewText() {
        return preview.getText();
    }
}
