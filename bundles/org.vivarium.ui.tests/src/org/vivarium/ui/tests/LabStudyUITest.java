package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.vivarium.ui.tests.DialogUi.answer;
import static org.vivarium.ui.tests.DialogUi.field;
import static org.vivarium.ui.tests.DialogUi.press;
import static org.vivarium.ui.tests.DialogUi.run;
import static org.vivarium.ui.tests.DialogUi.type;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.lab.LabDatabase;
import org.vivarium.testing.TestLabServer;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.lab.OpenLabStudyDialog;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * File > Open Lab Study: typed into the dialog (URL, password, Enter connects), the server's studies listed, Open
 * shows the chosen one read-only as stored; a wrong password is said in the dialog. Against a real PostgreSQL.
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
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void aLabStudyOpensReadOnlyAsStoredAndAWrongPasswordIsSaidInTheDialog() throws Exception {
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
            assertThat(lab.isReadOnly()).isTrue();
            assertThat(lab.readOnlyReason()).startsWith("Read-only lab study");
            assertThat(lab.study().getTitle()).isEqualTo(title);
            assertThat(Studies.animals(lab.study())).hasSize(480);
            assertThat(lab.trail().check().intact()).isTrue();
            Ui.show("org.vivarium.ui.overview", org.eclipse.ui.IViewPart.class);
            Ui.flush();
            var shell = Ui.window().getShell();
            assertThat(Widgets.all(shell, org.eclipse.ui.forms.widgets.ScrolledForm.class))
                    .anySatisfy(f -> assertThat(f.getText()).isEqualTo(title));
            assertThat(Widgets.all(shell, Label.class)).anySatisfy(l -> assertThat(l.getText())
                    .isEqualTo("lab:" + id + "  (read-only)"));
        } finally {
            if (!previous.equals(StudySessions.current().file())) {
                OpenStudies.open(Ui.window().getShell(), previous);
                Ui.flush();
            }
        }
        assertThat(StudySessions.current().file()).isEqualTo(previous);
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
