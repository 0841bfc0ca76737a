package org.vivarium.ui.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vivarium.model.TreatmentArm;
import org.vivarium.ui.design.StudyDesignEditor;
import org.vivarium.ui.session.StudySession;

/** The Properties view shows what the design editor's selection is now, not what it was when it was selected. */
class PropertiesViewUITest {

    @TempDir
    Path dir;

    @AfterEach
    void restore() throws Exception {
        DesignUi.restore();
    }

    @Test
    void aCodeTypedInTheDesignEditorShowsInThePropertiesViewAtOnce() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        StudySession session = DesignUi.openCopy(dir);
        TreatmentArm arm = session.study().getArms().get(1);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), arm);
        Ui.flush();
        PropertySheet sheet = (PropertySheet) Ui.page().showView(IPageLayout.ID_PROP_SHEET);
        Ui.page().activate(editor);
        Ui.flush();
        assertThat(values(sheet)).contains("Code=" + arm.getCode());

        DesignUi.focus(editor, "Code:");
        Keyboard.type("KX9");
        Keyboard.press(SWT.CR, 0);
        Ui.flush();
        assertThat(arm.getCode()).isEqualTo("KX9");
        assertThat(values(sheet)).contains("Code=KX9");
    }

    @Test
    void turningTheMouseWheelOverAChoiceScrollsTheFormAndChangesNothing() throws Exception {
        Ui.showPerspective("org.vivarium.rcp.perspective.study");
        StudySession session = DesignUi.openCopy(dir);
        StudyDesignEditor editor = StudyDesignEditor.open(Ui.page(), null);
        Ui.flush();
        var status = session.study().getStatus();
        org.eclipse.swt.custom.CCombo combo = (org.eclipse.swt.custom.CCombo) Widgets.fieldAfter(
                DesignUi.body(editor), "Status:");
        // the wheel turns over the combo's text field (CCombo hides it from getChildren)
        java.lang.reflect.Field field = org.eclipse.swt.custom.CCombo.class.getDeclaredField("text");
        field.setAccessible(true);
        org.eclipse.swt.widgets.Text text = (org.eclipse.swt.widgets.Text) field.get(combo);
        for (int type : new int[] { SWT.MouseVerticalWheel, SWT.MouseWheel }) { // as GTK reports one notch
            org.eclipse.swt.widgets.Event wheel = new org.eclipse.swt.widgets.Event();
            wheel.count = -3;
            wheel.doit = true;
            text.notifyListeners(type, wheel);
            Ui.flush();
        }
        assertThat(session.study().getStatus()).isEqualTo(status);
        assertThat(session.isDirty()).isFalse();
    }

    /** "Name=value" of every row the Properties view shows. */
    private static List<String> values(PropertySheet sheet) {
        Tree tree = Widgets.all((org.eclipse.swt.widgets.Composite) sheet.getCurrentPage().getControl().getParent(),
                Tree.class).get(0);
        List<String> rows = new ArrayList<>();
        collect(tree.getItems(), rows);
        return rows;
    }

    private static void collect(TreeItem[] items, List<String> rows) {
        for (TreeItem item : items) {
            rows.add(item.getText(0).strip() + "=" + item.getText(1).strip());
            collect(item.getItems(), rows);
        }
    }
}
