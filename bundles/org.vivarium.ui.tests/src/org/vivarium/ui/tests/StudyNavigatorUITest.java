package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.junit.jupiter.api.Test;
import org.vivarium.core.store.FolderStudyStore;
import org.vivarium.core.study.Studies;
import org.vivarium.model.Animal;
import org.vivarium.model.AssaySession;
import org.vivarium.model.Cage;
import org.vivarium.ui.entry.EntryEditor;
import org.vivarium.ui.entry.EntryInput;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;
import org.vivarium.ui.views.StudyNavigator;

/** Runs inside the Vivarium application (UI harness, UI thread): the workbench opened the demo study on start. */
class StudyNavigatorUITest {

    @org.junit.jupiter.api.BeforeEach
    void studyPerspective() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
    }

    @Test
    void windowIsTitledVivariumAndShowsTheStudyPerspective() {
        assertThat(Ui.window().getShell().getText()).startsWith("Vivarium - Ketamine + BCI");
        assertThat(Ui.page().getPerspective().getId()).isEqualTo("org.vivarium.rcp.perspective.study");
        assertThat(Ui.page().findView(StudyNavigator.ID)).isNotNull();
        assertThat(StudySessions.current()).isNotNull();
        assertThat(StudySessions.current().file().getFileName().toString()).isEqualTo("demo.vivarium");
    }

    @Test
    void navigatorShowsEveryAnimalOfTheDemoInItsCage() throws Exception {
        StudyNavigator navigator = Ui.show(StudyNavigator.ID, StudyNavigator.class);
        navigator.getViewer().expandAll();
        Ui.flush();
        List<TreeItem> items = new ArrayList<>();
        collect(navigator.getViewer().getTree().getItems(), items);
        List<Animal> animals = items.stream().map(TreeItem::getData).filter(Animal.class::isInstance)
                .map(Animal.class::cast).toList();
        assertThat(animals).hasSize(480).doesNotHaveDuplicates();
        TreeItem first = items.stream().filter(i -> i.getData() instanceof Animal).findFirst().orElseThrow();
        assertThat(first.getParentItem().getData()).isInstanceOf(Cage.class);
        assertThat(first.getText()).matches("1H-\\d\\d  [\\u2640\\u2642]  (VEH|KET)\\+(VEH|BCI)");
        assertThat(first.getParentItem().getText()).startsWith("Cage 1H-C");
        assertThat(items.get(0).getText()).startsWith("Ketamine + BCI");
    }

    @Test
    void propertiesEditTheSelectedAnimalWithUndoRedoAndSave() throws Exception {
        StudySession session = StudySessions.current();
        StudyNavigator navigator = Ui.show(StudyNavigator.ID, StudyNavigator.class);
        Ui.page().showView(IPageLayout.ID_PROP_SHEET);
        Animal animal = Studies.findAnimal(session.study(), "2W-05");
        navigator.getViewer().setSelection(new StructuredSelection(animal), true);
        Ui.page().activate(navigator);
        Ui.flush();

        IPropertySource properties = Adapters.adapt(animal, IPropertySource.class);
        Object earTag = id(properties, "Ear tag");
        assertThat(properties.getPropertyValue(id(properties, "Animal ID"))).isEqualTo("2W-05");
        String before = (String) properties.getPropertyValue(earTag);
        properties.setPropertyValue(earTag, "ET-NEW");
        assertThat(animal.getEarTag()).isEqualTo("ET-NEW");
        assertThat(session.isDirty()).isTrue();
        Ui.flush();
        assertThat(Ui.window().getShell().getText()).startsWith("Vivarium - *");

        IHandlerService handlers = Ui.window().getService(IHandlerService.class);
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
        assertThat(animal.getEarTag()).isEqualTo(before);
        assertThat(session.isDirty()).isFalse();
        handlers.executeCommand(IWorkbenchCommandConstants.EDIT_REDO, null);
        assertThat(animal.getEarTag()).isEqualTo("ET-NEW");

        handlers.executeCommand(IWorkbenchCommandConstants.FILE_SAVE, null);
        Ui.waitUntil(() -> !session.isDirty(), "the study is saved");
        var saved = FolderStudyStore.containing(session.file()).read(session.file().getFileName().toString());
        assertThat(Studies.findAnimal(saved.study(), "2W-05").getEarTag()).isEqualTo("ET-NEW");
        assertThat(Ui.window().getShell().getText()).doesNotContain("*");
    }

    @Test
    void aSessionsContextMenuAndDoubleClickOpenItsDataEntryGrid() throws Exception {
        StudySession session = StudySessions.current();
        StudyNavigator navigator = Ui.show(StudyNavigator.ID, StudyNavigator.class);
        AssaySession fst = Studies.sessions(session.study()).stream().filter(s -> s.getName().startsWith("FST"))
                .findFirst().orElseThrow();
        navigator.getViewer().setSelection(new StructuredSelection(fst), true);
        Ui.flush();
        assertThat(menuItems(navigator)).containsExactly("Enter Results", "Edit in Study Design");

        navigator.enterResults();
        Ui.flush();
        assertThat(Ui.page().getActiveEditor()).isInstanceOf(EntryEditor.class);
        assertThat(Ui.page().getActiveEditor().getEditorInput()).isEqualTo(new EntryInput(fst));
        Ui.page().closeEditor(Ui.page().getActiveEditor(), false);

        navigator.getViewer().setSelection(new StructuredSelection(Studies.findAnimal(session.study(), "1H-01")), true);
        Ui.flush();
        assertThat(menuItems(navigator)).containsExactly("Edit in Study Design");
    }

    /** The texts of the navigator's context menu as it is shown for the current selection. */
    private static List<String> menuItems(StudyNavigator navigator) {
        Menu menu = navigator.getViewer().getControl().getMenu();
        menu.notifyListeners(SWT.Show, new Event());
        List<String> texts = Arrays.stream(menu.getItems()).map(MenuItem::getText).toList();
        menu.notifyListeners(SWT.Hide, new Event());
        return texts;
    }

    private static Object id(IPropertySource source, String displayName) {
        for (IPropertyDescriptor d : source.getPropertyDescriptors()) {
            if (d.getDisplayName().equals(displayName)) {
                return d.getId();
            }
        }
        throw new AssertionError("no property " + displayName);
    }

    private static void collect(TreeItem[] items, List<TreeItem> into) {
        for (TreeItem item : items) {
            into.add(item);
            collect(item.getItems(), into);
        }
    }
}
