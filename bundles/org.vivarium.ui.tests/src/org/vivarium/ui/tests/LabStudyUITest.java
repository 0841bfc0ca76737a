package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivarium.ui.tests.DialogUi.answer;
import static org.vivarium.ui.tests.DialogUi.field;
import static org.vivarium.ui.tests.DialogUi.press;
import static org.vivarium.ui.tests.DialogUi.run;
import static org.vivarium.ui.tests.DialogUi.type;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.vivarium.core.audit.AuditEntry;
import org.vivarium.core.audit.AuditTrail;
import org.vivarium.core.audit.AuditedCommandStack;
import org.vivarium.core.audit.Signature;
import org.vivarium.core.audit.StudySignatures;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.entry.SheetEdits.Cell;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Measurement;
import org.vivarium.model.VivariumPackage.Literals;
import org.vivarium.ui.bench.Operator;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.lab.LabOpenStudy;
import org.vivarium.lab.LabRole;
import org.vivarium.testing.TestLabServer;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.lab.OpenLabStudyDialog;
import org.vivarium.ui.lab.SignDialog;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * File > Open Lab Study: typed into the dialog (URL, password, Enter connects), the server's studies listed, Open
 * opens the chosen one for editing; a wrong password is said in the dialog. A technician's values typed into the
 * entry grid are stored on the server as they are entered; a PI's change comes into the grid by itself; a value
 * changed by the PI while the technician types it is refused and offered back. Against a real PostgreSQL.
 */
class LabStudyUITest {

    private static TestLabServer server;
    private static long id;
    private static Path folder;
    private static String title;

    @BeforeAll
    static void serve() throws Exception {
        server = TestLabServer.start();
        folder = Files.createTempDirectory("vivarium-ui-lab");
        var demo = DemoStudy.generate(1);
        title = demo.getTitle();
        new FolderStudyStore(folder).create("pushed.vivarium", demo).close();
        try (LabDatabase db = LabDatabase.connect(server.url(), server.password())) {
            db.init();
            id = db.studies().push(folder.resolve("pushed.vivarium"));
            db.users().add("tech1", LabRole.TECHNICIAN, "t1");
            db.users().add("boss", LabRole.PI, "b1");
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aLabStudyOpensForEditingAndAWrongPasswordIsSaidInTheDialog() throws Exception {
        StudySession before = StudySessions.current();
        Path previous = before.file();
        try {
            String[] said = new String[1];
            answer(OpenLabStudyDialog.TITLE, dialog -> {
                type(field(dialog, 0), server.url().toString());
                type(field(dialog, 1), "not-the-password\n"); // Enter connects
                Ui.waitUntil(() -> labels(dialog).contains("wrong password"), "the wrong password is said");
                said[0] = labels(dialog);
                press(dialog, "Cancel");
            });
            run("org.vivarium.ui.openLabStudy");
            assertThat(said[0]).contains("wrong password for postgres at 127.0.0.1:");
            assertThat(StudySessions.current()).isSameAs(before);

            var overview = Ui.page().findView("org.vivarium.ui.overview");
            if (overview != null) { // made again once the lab study is open: it must show it at once
                Ui.page().hideView(overview);
            }
            int[] rows = new int[1];
            answer(OpenLabStudyDialog.TITLE, dialog -> {
                type(field(dialog, 0), server.url().toString());
                type(field(dialog, 1), server.password() + "\n");
                Table table = Widgets.all(dialog, Table.class).get(0);
                Ui.waitUntil(() -> table.getItemCount() > 0, "the server's studies are listed");
                rows[0] = table.getItemCount();
                assertThat(table.getItem(0).getText(0)).isEqualTo(Long.toString(id));
                assertThat(table.getItem(0).getText(2)).isEqualTo("1");
                press(dialog, "Open");
            });
            run("org.vivarium.ui.openLabStudy");
            assertThat(rows[0]).isEqualTo(1);
            StudySession lab = StudySessions.current();
            assertThat(lab.file()).isEqualTo(Path.of("lab:" + id));
            assertThat(lab.isLabStudy()).isTrue();
            assertThat(lab.isReadOnly()).isFalse();
            assertThat(lab.isDirty()).isFalse();
            assertThat(lab.title()).endsWith("(lab:" + id + ", as postgres)");
            assertThat(lab.study().getTitle()).isEqualTo(title);
            assertThat(Studies.animals(lab.study())).hasSize(480);
            assertThat(lab.trail().check().intact()).isTrue();
            Ui.show("org.vivarium.ui.overview", org.eclipse.ui.IViewPart.class);
            Ui.flush();
            var shell = Ui.window().getShell();
            assertThat(Widgets.all(shell, org.eclipse.ui.forms.widgets.ScrolledForm.class))
                    .anySatisfy(f -> assertThat(f.getText()).isEqualTo(title));
            assertThat(Widgets.all(shell, Label.class)).anySatisfy(l -> assertThat(l.getText())
                    .isEqualTo("lab:" + id + " on " + server.url().where()));
            assertThat(Widgets.all(shell, Label.class)).anySatisfy(l -> assertThat(l.getText())
                    .isEqualTo("postgres")); // connected now
        } finally {
            if (!previous.equals(StudySessions.current().file())) {
                OpenStudies.open(Ui.window().getShell(), previous);
                Ui.flush();
            }
        }
        assertThat(StudySessions.current().file()).isEqualTo(previous);
    }

    @Test
    void aTechniciansTypedValuesAreStoredOthersChangesComeInAndAClashIsOfferedBack() throws Exception {
        Path previous = StudySessions.current().file();
        String techUrl = server.url("tech1").toString();
        try {
            answer(OpenLabStudyDialog.TITLE, dialog -> {
                type(field(dialog, 0), techUrl);
                type(field(dialog, 1), "t1\n");
                Table table = Widgets.all(dialog, Table.class).get(0);
                Ui.waitUntil(() -> table.getItemCount() > 0, "the server's studies are listed");
                press(dialog, "Open");
            });
            run("org.vivarium.ui.openLabStudy");
            StudySession lab = StudySessions.current();
            assertThat(lab.title()).endsWith("(lab:" + id + ", as tech1)");
            EntryEditor fst = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
            Cell cell = fst.anchor();
            assertThat(fst.sheet().measurement(cell.row(), cell.column())).as("the first empty cell").isNull();
            Animal animal = (Animal) fst.sheet().row(cell.row()).unit();
            String measure = fst.sheet().measure(cell.column()).getName();

            Keyboard.type("111\n");
            assertThat(fst.sheet().measurement(cell.row(), cell.column()).getValue()).isEqualTo(111);
            assertThat(lab.isDirty()).as("stored as typed").isFalse();
            ReadStudy stored = serverCopy();
            assertThat(value(stored, animal.getId(), measure).getValue()).isEqualTo(111);
            assertThat(last(stored).user()).isEqualTo("tech1");

            try (LabDatabase db = LabDatabase.connect(server.url("boss"), "b1")) {
                LabOpenStudy boss = db.studies().open(id);
                AuditedCommandStack stack = new AuditedCommandStack(boss.resource());
                var domain = new AdapterFactoryEditingDomain(new ComposedAdapterFactory(), stack);
                Measurement theirs = value(boss, animal.getId(), measure);
                stack.execute(SetCommand.create(domain, theirs, Literals.MEASUREMENT__VALUE, 112.0), "re-scored");
                assertThat(stack.refusal()).isNull();
                Ui.waitUntil(() -> fst.sheet().measurement(cell.row(), cell.column()).getValue() == 112,
                        "the PI's change comes into the technician's grid");

                fst.select(cell.row(), cell.column());
                Ui.flush();
                Keyboard.type("1"); // the technician begins typing 120 ...
                stack.execute(SetCommand.create(domain, theirs, Literals.MEASUREMENT__VALUE, 113.0), "again");
                assertThat(stack.refusal()).isNull();
                Ui.waitUntil(() -> fst.sheet().measurement(cell.row(), cell.column()).getValue() == 113,
                        "... while the PI's next change comes in");
            }
            String[] said = new String[1];
            answer("Value Not Stored", dialog -> {
                said[0] = labels(dialog);
                press(dialog, "Enter Mine Again");
            });
            Keyboard.type("20\n");
            Ui.waitUntil(() -> said[0] != null, "the clash is shown");
            assertThat(said[0]).contains("was changed to 113 by boss at").contains("while you were entering 120")
                    .contains("You typed: 120");
            Ui.waitUntil(() -> fst.sheet().measurement(cell.row(), cell.column()).getValue() == 120,
                    "the technician's value entered again");
            stored = serverCopy();
            assertThat(value(stored, animal.getId(), measure).getValue()).isEqualTo(120);
            assertThat(last(stored).user()).isEqualTo("tech1");
            assertThat(last(stored).reason()).isEqualTo(ReasonAnswers.REASON);
            assertThat(AuditTrail.of(stored.resource()).check().intact()).isTrue();

            // the technician marks the session done and signs it as performed, with the password again
            Operator.set("Tess Tech");
            Widgets.press(Widgets.button(fst.getSite().getShell(), "Mark session done", 0));
            Ui.flush();
            assertThat(fst.assaySession().getCompletedAt()).as(fst.message()).isNotNull();
            assertThat(session(serverCopy()).getCompletedBy()).isEqualTo("Tess Tech");
            String[] wrong = new String[1];
            answer(SignDialog.TITLE, dialog -> {
                type(field(dialog, 0), "Tess Tech");
                type(field(dialog, 1), "not-my-password\n");
                Ui.waitUntil(() -> labels(dialog).contains("wrong password"), "a wrong password is said");
                wrong[0] = labels(dialog);
                type(field(dialog, 1), "t1\n");
            });
            run("org.vivarium.ui.sign");
            assertThat(wrong[0]).contains("signature refused: wrong password for tech1");
            List<Signature> signatures = StudySignatures.of(lab.study().eResource());
            assertThat(signatures).singleElement().satisfies(g -> {
                assertThat(g.subject()).isEqualTo("session FST 1 h");
                assertThat(g.meaning()).isEqualTo(Signature.Meaning.PERFORMED);
                assertThat(g.printedName()).isEqualTo("Tess Tech");
                assertThat(g.signedBy()).isEqualTo("tech1");
                assertThat(g.valid()).isTrue();
            });
            Ui.show("org.vivarium.ui.overview", org.eclipse.ui.IViewPart.class);
            Ui.flush();
            var shell = Ui.window().getShell();
            assertThat(Widgets.all(shell, Label.class)).anySatisfy(l -> assertThat(l.getText())
                    .startsWith("performed by Tess Tech (tech1) at ").endsWith(";  valid"));

            // a value of the signed session changed afterwards: the signature shows as invalidated
            EntryEditor again = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
            again.select(cell.row(), cell.column() == 0 ? 1 : 0);
            Ui.flush();
            Keyboard.type("33\n");
            Ui.waitUntil(() -> !StudySignatures.of(lab.study().eResource()).get(0).valid(),
                    "the signature is invalidated by the change");
            Ui.show("org.vivarium.ui.overview", org.eclipse.ui.IViewPart.class);
            Ui.flush();
            assertThat(Widgets.all(shell, Label.class)).anySatisfy(l -> assertThat(l.getText())
                    .contains(";  INVALIDATED by entry ").contains(" by tech1 at "));
        } finally {
            BenchUi.restore();
            if (!previous.equals(StudySessions.current().file())) {
                OpenStudies.open(Ui.window().getShell(), previous);
                Ui.flush();
            }
        }
    }

    /** The person's choice in the dialog: changes kept until File > Save, then stored together. */
    @Test
    void changesKeptUntilSavedWhenThePersonChoseSo() throws Exception {
        Path previous = StudySessions.current().file();
        String techUrl = server.url("tech1").toString();
        try {
            answer(OpenLabStudyDialog.TITLE, dialog -> {
                type(field(dialog, 0), techUrl);
                type(field(dialog, 1), "t1\n");
                Table table = Widgets.all(dialog, Table.class).get(0);
                Ui.waitUntil(() -> table.getItemCount() > 0, "the server's studies are listed");
                org.eclipse.swt.widgets.Button each = Widgets.all(dialog, org.eclipse.swt.widgets.Button.class)
                        .stream().filter(b -> b.getText().startsWith("Store each change")).findFirst().orElseThrow();
                each.setFocus(); // a click: the check box's state, then its selection event (as DesignUi.click)
                each.setSelection(false); // unticked: keep the changes until I save
                each.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
                Ui.flush();
                assertThat(each.getSelection()).isFalse();
                press(dialog, "Open");
            });
            run("org.vivarium.ui.openLabStudy");
            StudySession lab = StudySessions.current();
            EntryEditor fst = BenchUi.openEntry(BenchUi.openBench(), "FST 1 h");
            Cell cell = fst.anchor();
            Animal animal = (Animal) fst.sheet().row(cell.row()).unit();
            String measure = fst.sheet().measure(cell.column()).getName();
            Keyboard.type("77\n");
            assertThat(fst.sheet().measurement(cell.row(), cell.column()).getValue()).isEqualTo(77);
            assertThat(lab.isDirty()).as("kept until saved").isTrue();
            assertThat(session(serverCopy()).getMeasurements()).noneMatch(m -> m.getAnimal() == null ? false
                    : m.getAnimal().getId().equals(animal.getId()) && m.getMeasure().getName().equals(measure));
            run("org.eclipse.ui.file.save"); // File > Save (Ctrl+S)
            assertThat(lab.isDirty()).isFalse();
            assertThat(value(serverCopy(), animal.getId(), measure).getValue()).isEqualTo(77);
        } finally {
            BenchUi.restore();
            preferences().putBoolean("labStoreEachChange", true);
            if (!previous.equals(StudySessions.current().file())) {
                OpenStudies.open(Ui.window().getShell(), previous);
                Ui.flush();
            }
        }
    }

    private static org.osgi.service.prefs.Preferences preferences() {
        return org.eclipse.core.runtime.preferences.InstanceScope.INSTANCE.getNode("org.vivarium.ui");
    }

    private static ReadStudy serverCopy() throws Exception {
        try (LabDatabase db = LabDatabase.connect(server.url(), server.password())) {
            return db.studies().read(id);
        }
    }

    private static AuditEntry last(ReadStudy read) {
        List<AuditEntry> entries = AuditTrail.of(read.resource()).entries();
        return entries.get(entries.size() - 1);
    }

    private static AssaySession session(ReadStudy read) {
        return Studies.findAssay(read.study(), "FST").getSessions().stream()
                .filter(s -> s.getName().equals("FST 1 h")).findFirst().orElseThrow();
    }

    /** The FST 1 h value of an animal for a measure, in a study read or opened from the server. */
    private static Measurement value(ReadStudy read, String animal, String measure) {
        AssaySession session = session(read);
        return session.getMeasurements().stream().filter(m -> m.getAnimal() != null
                && m.getAnimal().getId().equals(animal) && m.getMeasure().getName().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + measure + " of " + animal));
    }

    /** The text of every label and read-only text of the dialog (its message line included). */
    private static String labels(Shell dialog) {
        StringBuilder b = new StringBuilder();
        Widgets.all(dialog, Label.class).forEach(l -> b.append(l.getText()).append('\n'));
        Widgets.all(dialog, Text.class).stream().filter(t -> (t.getStyle() & org.eclipse.swt.SWT.READ_ONLY) != 0)
                .forEach(t -> b.append(t.getText()).append('\n'));
        return b.toString();
    }
}
