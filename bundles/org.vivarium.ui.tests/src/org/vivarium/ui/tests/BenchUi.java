package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.vivarium.core.schedule.ScheduledItem;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.core.study.Studies;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.rcp.BenchPerspective;
import org.vivarium.ui.bench.TodayView;
import org.vivarium.ui.handlers.SaveStudy;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/** Shared steps of the Bench UI tests: open the perspective, find agenda items, and leave the workbench as found. */
final class BenchUi {

    private BenchUi() {
    }

    /** Switches to the Bench perspective and returns its Today view. */
    static TodayView openBench() throws WorkbenchException {
        PlatformUI.getWorkbench().showPerspective(BenchPerspective.ID, Ui.window());
        Ui.flush();
        assertThat(Ui.page().getPerspective().getId()).isEqualTo(BenchPerspective.ID);
        TodayView today = (TodayView) Ui.page().findView(TodayView.ID);
        assertThat(today).as("the Bench perspective shows the Today view").isNotNull();
        return today;
    }

    /** The agenda item whose title starts with the given text. */
    static ScheduledItem item(TodayView today, String titleStart) {
        return today.items().stream().filter(i -> i.title().startsWith(titleStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no agenda item " + titleStart + " in " + today.items()));
    }

    /** Closes the editors, saves what the test changed and goes back to the Study perspective. */
    static void restore() throws WorkbenchException {
        IWorkbenchPage page = Ui.page();
        page.closeAllEditors(false);
        Ui.flush();
        StudySession session = StudySessions.current();
        if (session != null && session.isDirty()) {
            assertThat(SaveStudy.run(Ui.window().getShell())).isTrue();
        }
        PlatformUI.getWorkbench().showPerspective("org.vivarium.rcp.perspective.study", Ui.window());
        Ui.flush();
    }

    /** Opens an assay session of the agenda in the entry grid and gives the grid the keyboard focus. */
    static EntryEditor openEntry(TodayView today, String title) {
        today.open(item(today, title));
        Ui.flush();
        EntryEditor editor = (EntryEditor) Ui.page().getActiveEditor();
        assertThat(editor.assaySession().getName()).isEqualTo(title.split(" \\(")[0]);
        Keyboard.focus(editor.table());
        return editor;
    }

    /** The open study as saved in its file, read back through the study store. */
    static ReadStudy saved() throws StudyStoreException {
        StudySession session = StudySessions.current();
        return FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString());
    }

    /** An assay session of the study as saved in its file. */
    static AssaySession savedSession(String name) throws StudyStoreException {
        return Studies.sessions(saved().study()).stream().filter(s -> s.getName().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no session " + name + " in the saved study"));
    }

    /** Saves a picture of the screen as target/screenshots/{name}.png (to look at what a technician sees). */
    static void screenshot(String name) {
        Display display = Display.getCurrent();
        Ui.flush();
        Rectangle bounds = display.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, 0, 0);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] { data };
            File folder = new File("target/screenshots");
            folder.mkdirs();
            loader.save(new File(folder, name + ".png").getPath(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
