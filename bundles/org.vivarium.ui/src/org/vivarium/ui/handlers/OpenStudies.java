package org.vivarium.ui.handlers;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.prefs.BackingStoreException;
import org.osgi.service.prefs.Preferences;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.WorkbenchException;
import org.vivarium.core.demo.DemoStudy;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.store.ReadStudy;
import org.vivarium.core.store.StudyStoreException;
import org.vivarium.ui.audit.TrailProblems;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.design.StudyEditorInput;
import org.vivarium.ui.session.Folders;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * Opening studies from the workbench: a chosen file, the demo study (written on first use into the workspace's
 * {@code studies} folder), and on start-up the study open last time, else the demo.
 */
public final class OpenStudies {

    private static final String LAST_STUDY = "lastStudy";
    /** The perspective whose main editor is the study design (see org.vivarium.rcp). */
    private static final String STUDY_PERSPECTIVE = "org.vivarium.rcp.perspective.study";

    private OpenStudies() {
    }

    /** Opens a study, asking first about unsaved changes and, if someone else edits it, about read-only. */
    public static boolean open(Shell shell, Path file) {
        if (!SaveStudy.confirmClose(shell)) {
            return false;
        }
        try {
            ReadStudy loaded;
            try {
                loaded = load(file, false);
            } catch (StudyStoreException e) {
                if (e.reason() != StudyStoreException.Reason.LOCKED) {
                    throw e;
                }
                if (!MessageDialog.openQuestion(shell, "Study in use", e.getMessage() + "\n\nOpen it read-only?")) {
                    return false;
                }
                loaded = load(file, true);
            }
            StudySession session = StudySessions.show(loaded, file);
            MigrationNotice.tell(shell, session);
            TrailProblems.checkOpened(shell, session);
            remember(file);
            showDesign();
            return true;
        } catch (StudyStoreException e) {
            MessageDialog.openError(shell, "Cannot open the study", e.getMessage());
            return false;
        }
    }

    /**
     * Reads the file in a background thread while the window stays responsive (busy cursor; a progress dialog
     * when it takes long, e.g. for a study of 20,000 animals).
     */
    static ReadStudy load(Path file, boolean readOnlyIfLocked) throws StudyStoreException {
        return Busy.run("Opening " + file.getFileName(), StudyStoreException.class,
                monitor -> StudySessions.load(file, readOnlyIfLocked), storeFailure(file));
    }

    /** Turns an unexpected failure while reading or writing a study file into a store error naming the file. */
    static java.util.function.BiFunction<String, Throwable, StudyStoreException> storeFailure(Path file) {
        return (message, cause) -> new StudyStoreException(StudyStoreException.Reason.IO, file.toString(), message,
                cause);
    }

    /** Makes a study just created or loaded the open one: remembered for the next start, its design shown. */
    static void adopt(ReadStudy loaded, Path file) {
        adopt(loaded, file, false);
    }

    /**
     * As {@link #adopt(ReadStudy, Path)}; with {@code studyPerspective}, switches to the Study perspective first so
     * that the design editor opens whichever perspective was shown.
     */
    static void adopt(ReadStudy loaded, Path file, boolean studyPerspective) {
        StudySession session = StudySessions.show(loaded, file);
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            MigrationNotice.tell(window.getShell(), session);
            TrailProblems.checkOpened(window.getShell(), session);
        }
        remember(file);
        if (studyPerspective) {
            showStudyPerspective();
        }
        showDesign();
    }

    /** Shows a study of a lab server (not remembered for the next start, being no file). */
    static void showLab(ReadStudy loaded, Path name) {
        StudySessions.show(loaded, name);
        showDesign();
    }

    private static void showStudyPerspective() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        if (window != null) {
            try {
                PlatformUI.getWorkbench().showPerspective(STUDY_PERSPECTIVE, window);
            } catch (WorkbenchException e) {
                // the study is open; its design can be opened from the navigator
            }
        }
    }

    /** The demo study file, written with seed 42 the first time. */
    public static Path demoFile() throws IOException {
        Path dir = Folders.studiesFolder();
        Path file = dir.resolve("demo.vivarium");
        if (!Files.exists(file)) {
            Files.createDirectories(dir);
            new FolderStudyStore(dir).create(file.getFileName().toString(), DemoStudy.generate(42)).close();
        }
        return file;
    }

    /** On start-up: the study open last time if it still exists, else the demo (read-only if someone edits it). */
    public static void openInitial(Shell shell) {
        try {
            InitialStudy.Loaded initial = InitialStudy.take(); // read ahead while the window was built
            Path file = initial.file();
            StudySession session = StudySessions.show(initial.study(), file);
            remember(file);
            MigrationNotice.tell(shell, session);
            TrailProblems.checkOpened(shell, session);
            showDesign();
        } catch (IOException e) {
            MessageDialog.openError(shell, "Cannot open the study", e.getMessage());
        }
    }

    /** The study to open on start-up: the one open last time if it still exists, else the demo. */
    static Path initialFile() throws IOException {
        String last = preferences().get(LAST_STUDY, null);
        return last != null && Files.isRegularFile(Path.of(last)) ? Path.of(last) : demoFile();
    }

    /**
     * In the Study perspective, opens the design editor of the study just opened as the main editor. Elsewhere (the
     * Bench) an empty editor area would stay blank with nothing saying what goes there: the design editor fills it,
     * without taking the focus from the view in use.
     */
    private static void showDesign() {
        IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
        IWorkbenchPage page = window == null ? null : window.getActivePage();
        if (page == null || page.getPerspective() == null || StudySessions.current() == null) {
            return;
        }
        try {
            if (STUDY_PERSPECTIVE.equals(page.getPerspective().getId())) {
                StudyDesignEditor.open(page, null);
            } else if (page.isEditorAreaVisible() && page.getEditorReferences().length == 0) {
                page.openEditor(new StudyEditorInput(StudySessions.current()), StudyDesignEditor.ID, false);
            }
        } catch (PartInitException e) {
            // the study is open; the editor can be opened from the navigator
        }
    }

    private static Preferences preferences() {
        return InstanceScope.INSTANCE.getNode("org.vivarium.ui");
    }

    private static void remember(Path file) {
        Preferences p = preferences();
        p.put(LAST_STUDY, file.toAbsolutePath().toString());
        try {
            p.flush();
        } catch (BackingStoreException e) {
            // only a convenience for the next start
        }
    }
}
