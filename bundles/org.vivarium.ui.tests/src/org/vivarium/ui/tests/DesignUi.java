package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.Section;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.model.Study;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.handlers.OpenStudies;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * Steps of the design editor tests: work on a copy of the demo study (saved to a temporary folder), find the page's
 * lists and fields, select rows as a click does, answer dialogs, and leave the demo study open as found.
 */
final class DesignUi {

    private static Path demo;

    private DesignUi() {
    }

    /** Remembers the open (demo) study, to open it again in {@link #restore()}. */
    static void rememberDemo() {
        demo = StudySessions.current().file();
    }

    /** Opens a copy of the demo study (the demo itself stays as it is) and returns its session. */
    static StudySession openCopy(Path dir) throws Exception {
        StudySession current = StudySessions.current();
        assertThat(current.isDirty()).as("the previous test left the demo saved").isFalse();
        demo = current.file();
        Path copy = dir.resolve("design.vivarium");
        Files.copy(demo, copy);
        Ui.page().closeAllEditors(false);
        assertThat(OpenStudies.open(Ui.window().getShell(), copy)).isTrue();
        Ui.flush();
        return StudySessions.current();
    }

    /** Closes the editors and the copy (unsaved changes are dropped) and opens the demo study again. */
    static void restore() throws Exception {
        Ui.page().closeAllEditors(false);
        Ui.flush();
        if (demo != null && (StudySessions.current() == null || !StudySessions.current().file().equals(demo))) {
            StudySessions.close();
            assertThat(OpenStudies.open(Ui.window().getShell(), demo)).isTrue();
        }
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        Ui.flush();
    }

    /** The study as saved in the file. */
    static Study saved(StudySession session) throws StudyStoreException {
        return FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString()).study();
    }

    static Composite body(StudyDesignEditor editor) {
        return ((FormPage) editor.activePage()).getManagedForm().getForm().getBody();
    }

    static String message(StudyDesignEditor editor) {
        return ((FormPage) editor.activePage()).getManagedForm().getForm().getMessage();
    }

    /** The page's lists, left to right and top to bottom (e.g. compounds, arms, regimens). */
    static List<Table> tables(StudyDesignEditor editor) {
        return Widgets.all(body(editor), Table.class);
    }

    /** The title of the details section ("Details of arm VEH"). */
    static String detailsTitle(StudyDesignEditor editor) {
        return Widgets.all(body(editor), Section.class).stream().map(Section::getText)
                .filter(t -> t.startsWith("Details")).findFirst().orElseThrow();
    }

    /** The text widget of a form field (inside its box for dates). */
    static Text text(StudyDesignEditor editor, String label) {
        Control field = Widgets.fieldAfter(body(editor), label);
        return field instanceof Text t ? t : Widgets.all((Composite) field, Text.class).get(0);
    }

    /** Puts the keyboard focus into a field with its text selected, so what is typed replaces it. */
    static Text focus(StudyDesignEditor editor, String label) {
        Text text = text(editor, label);
        Keyboard.focus(text);
        text.selectAll();
        return text;
    }

    /** Selects rows as a click (with Ctrl for more) does: the widget's selection, then its selection event. */
    static void click(Table table, int... rows) {
        table.setFocus();
        table.setSelection(rows);
        Event e = new Event();
        e.item = table.getItem(rows[0]);
        table.notifyListeners(SWT.Selection, e);
        Ui.flush();
    }

    /** Runs something that opens a dialog titled so; the dialog is answered by {@code answer} once it shows. */
    static void answering(String title, Consumer<Shell> answer, Runnable opening) {
        Display display = Display.getCurrent();
        boolean[] answered = new boolean[1];
        Runnable[] poll = new Runnable[1];
        long end = System.currentTimeMillis() + 10_000;
        poll[0] = () -> {
            for (Shell s : display.getShells()) {
                if (!answered[0] && s.isVisible() && title.equals(s.getText())) {
                    answered[0] = true;
                    answer.accept(s);
                    return;
                }
                for (Shell child : s.getShells()) {
                    if (!answered[0] && child.isVisible() && title.equals(child.getText())) {
                        answered[0] = true;
                        answer.accept(child);
                        return;
                    }
                }
            }
            if (!answered[0] && System.currentTimeMillis() < end) {
                display.timerExec(50, poll[0]);
            }
        };
        display.timerExec(50, poll[0]);
        opening.run();
        Ui.flush();
        assertThat(answered[0]).as("the dialog '" + title + "' was shown").isTrue();
    }

    /** Saves a picture of the window as /tmp/vivarium-NAME.png (to look at the layout). */
    static void screenshot(String name) {
        Shell shell = Ui.window().getShell();
        Ui.flush();
        org.eclipse.swt.graphics.Rectangle area = shell.getBounds();
        org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(shell.getDisplay(), area.width,
                area.height);
        org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(shell.getDisplay());
        try {
            gc.copyArea(image, area.x, area.y);
            org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
            loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
            loader.save(System.getProperty("java.io.tmpdir") + "/vivarium-" + name + ".png", SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Presses a dialog's button. */
    static void press(Shell dialog, String button) {
        Widgets.press(Widgets.all(dialog, org.eclipse.swt.widgets.Button.class).stream()
                .filter(b -> button.equals(b.getText().replace("&", ""))).findFirst()
                .orElseThrow(() -> new AssertionError("no button " + button + " in " + dialog.getText())));
    }
}
