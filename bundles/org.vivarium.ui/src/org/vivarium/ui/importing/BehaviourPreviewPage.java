package org.vivarium.ui.importing;

import java.io.File;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.vivarium.io.excel.ImportException;
import org.vivarium.io.excel.ImportPlan;
import org.vivarium.io.excel.ImportProblem;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;

/**
 * Step 2: every file read and scored (progress bar, Cancel), then what would be imported before anything changes -
 * the values with their source (file!sheet!track), how they were scored, notes, and every problem one per line
 * ("file: sheet!cell: message"). Finish imports all of it as one undoable change; with any problem, nothing.
 */
public class BehaviourPreviewPage extends WizardPage {

    /** Values listed at most (the import adds all of them). */
    static final int SHOWN = 1000;

    private final BehaviourImportWizard wizard;
    private Label summary;
    private TabFolder tabs;
    private TabItem valuesTab;
    private TabItem problemsTab;
    private TabItem notesTab;
    private Table values;
    private Text problems;
    private Text notes;
    private Text scoring;
    private Button save;

    BehaviourPreviewPage(BehaviourImportWizard wizard) {
        super("behaviourPreview");
        this.wizard = wizard;
        setTitle("Check");
        setDescription("Every file is read and scored, and every value checked against the study, before anything "
                + "is imported.");
    }

    @Override
    public void createControl(Composite parent) {
        Composite c = new Composite(parent, SWT.NONE);
        GridLayoutFactory.swtDefaults().applyTo(c);
        summary = new Label(c, SWT.WRAP);
        summary.setFont(JFaceResources.getBannerFont());
        GridDataFactory.fillDefaults().grab(true, false).hint(600, SWT.DEFAULT).applyTo(summary);
        tabs = new TabFolder(c, SWT.TOP);
        GridDataFactory.fillDefaults().grab(true, true).hint(640, 220).applyTo(tabs);
        values = table("Animal", "Session", "Measure", "Value", "Source");
        valuesTab = tab("Values", values);
        problems = lines();
        problemsTab = tab("Problems", problems.getParent());
        notes = lines();
        notesTab = tab("Notes", notes.getParent());
        scoring = lines();
        tab("Scoring", scoring.getParent());
        save = new Button(c, SWT.CHECK);
        save.setText("Save the study right after importing");
        save.setSelection(true);
        setControl(c);
    }

    private Table table(String... headers) {
        Table t = new Table(tabs, SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String h : headers) {
            new TableColumn(t, SWT.LEFT).setText(h);
        }
        return t;
    }

    /** One problem or note a line (wrapped when long), to read, select and copy; a margin around it. */
    private Text lines() {
        Composite frame = new Composite(tabs, SWT.NONE);
        frame.setBackground(tabs.getDisplay().getSystemColor(SWT.COLOR_LIST_BACKGROUND));
        GridLayoutFactory.fillDefaults().margins(4, 3).applyTo(frame);
        Text text = new Text(frame, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
        text.setBackground(frame.getBackground());
        GridDataFactory.fillDefaults().grab(true, true).applyTo(text);
        return text;
    }

    private TabItem tab(String text, org.eclipse.swt.widgets.Control control) {
        TabItem item = new TabItem(tabs, SWT.NONE);
        item.setText(text);
        item.setControl(control);
        return item;
    }

    @Override
    public void setVisible(boolean visible) {
        super.setVisible(visible);
        if (visible) {
            summary.setText("");
            getShell().getDisplay().asyncExec(this::check);
        }
    }

    /** Reads the exports (progress bar, Cancel) and shows the outcome. */
    public void check() {
        values.removeAll();
        for (Text t : List.of(problems, notes, scoring)) {
            t.setText("");
        }
        ImportPlan plan;
        try {
            plan = wizard.planWithProgress();
        } catch (ImportException e) {
            summary.setText("Nothing can be read:");
            problems.setText(String.join("\n", e.problems().stream().map(Object::toString).toList()));
            problemsTab.setText("Problems (" + e.problems().size() + ")");
            tabs.setSelection(problemsTab);
            finish(false);
            return;
        }
        if (plan == null) {
            summary.setText("Cancelled: nothing was imported. Go Back and Next to read the files again.");
            tabs.setSelection(valuesTab);
            finish(false);
            return;
        }
        String prefix = folderOf(wizard.input().files().get(0));
        StringBuilder text = new StringBuilder("Read " + count(wizard.input().files().size(), "file") + ": "
                + plan.summary() + ".");
        if (plan.hasProblems()) {
            text.append("\n").append(count(plan.problemCount(), "problem")).append(": nothing will be imported until ")
                    .append(plan.problemCount() == 1 ? "it is" : "they are").append(" fixed in the files, the folder "
                            + "or the mapping.");
        } else if (plan.isEmpty()) {
            text.append("\nNothing new to import.");
        }
        summary.setText(text.toString());
        List<String> lines = new ArrayList<>();
        for (ImportProblem p : plan.problems()) {
            lines.add(shorten(p.toString(), prefix));
        }
        int more = plan.problemCount() - plan.problems().size();
        if (more > 0) {
            lines.add("... and " + count(more, "more problem"));
        }
        problems.setText(String.join("\n", lines));
        notes.setText(String.join("\n", wizard.notes().stream().map(n -> shorten(n, prefix)).toList()));
        showValues(plan);
        showScoring(plan);
        problemsTab.setText("Problems (" + plan.problemCount() + ")");
        notesTab.setText("Notes (" + wizard.notes().size() + ")");
        valuesTab.setText("Values (" + plan.added() + ")");
        tabs.setSelection(plan.hasProblems() ? problemsTab : valuesTab);
        for (TableColumn col : values.getColumns()) {
            col.pack();
        }
        finish(!plan.hasProblems() && !plan.isEmpty());
    }

    private void finish(boolean complete) {
        setPageComplete(complete);
        getContainer().updateButtons();
        ((Composite) getControl()).layout(true, true);
    }

    private void showValues(ImportPlan plan) {
        for (ImportPlan.Addition a : plan.additions(SHOWN)) {
            Measurement m = a.measurement();
            String unit = m.getMeasure().getUnit();
            String who = m.getAnimal() != null ? m.getAnimal().getId() : m.getCage() == null ? "" : "cage "
                    + m.getCage().getLabel();
            TableItem item = new TableItem(values, SWT.NONE);
            item.setText(new String[] { who, a.session().getName(), m.getMeasure().getLabel(), number(m.getValue())
                    + (unit == null ? "" : " " + unit) + (m.isCensored() ? " (censored)" : ""), nonNull(m
                            .getSource()) });
        }
        if (plan.added() > SHOWN) {
            line(values, "... and " + (plan.added() - SHOWN) + " more");
        }
    }

    private void showScoring(ImportPlan plan) {
        StringBuilder b = new StringBuilder();
        for (Map.Entry<AssaySession, String> e : plan.scorings().entrySet()) {
            b.append(b.isEmpty() ? "" : "\n\n").append(e.getKey().getName()).append(" (recorded on the session):\n")
                    .append(e.getValue());
        }
        scoring.setText(b.isEmpty() ? "The values are taken as the exports give them (no scoring computed)."
                : b.toString());
    }

    /** At most 6 significant digits, no trailing zeros ("119.96", "40"). */
    private static String number(double v) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return new BigDecimal(v).round(new MathContext(6)).stripTrailingZeros().toPlainString();
    }

    private static void line(Table t, String text) {
        new TableItem(t, SWT.NONE).setText(0, text);
    }

    private static List<String> texts(Text t) {
        return t.getText().isEmpty() ? List.of() : List.of(t.getText().split("\n"));
    }

    /** Paths inside the folder are named from it ("trial 1.xlsx: ..."). */
    private static String shorten(String line, String prefix) {
        return !prefix.isEmpty() && line.startsWith(prefix) ? line.substring(prefix.length()) : line;
    }

    private static String folderOf(java.nio.file.Path file) {
        java.nio.file.Path parent = file.getParent();
        return parent == null ? "" : parent.toString() + File.separator;
    }

    private static String count(int n, String what) {
        return String.format("%,d %s%s", n, what, n == 1 ? "" : "s");
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    boolean saveAfterwards() {
        return save.getSelection();
    }

    /** The lines of the problems list (tests). */
    public List<String> problemLines() {
        return texts(problems);
    }

    /** The values listed, "animal | session | measure | value | source" (tests). */
    public List<String> valueLines() {
        List<String> list = new ArrayList<>();
        for (TableItem i : values.getItems()) {
            list.add(String.join(" | ", i.getText(0), i.getText(1), i.getText(2), i.getText(3), i.getText(4)));
        }
        return list;
    }

    public List<String> noteLines() {
        return texts(notes);
    }

    public String scoringText() {
        return scoring.getText();
    }

    public String summaryText() {
        return summary.getText();
    }
}
