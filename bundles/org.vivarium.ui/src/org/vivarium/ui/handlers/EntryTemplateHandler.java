package org.vivarium.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.ElementListSelectionDialog;
import org.vivarium.model.AssayDefinition;
import org.vivarium.ui.session.StudySession;

/**
 * File &gt; Write Entry Template...: an Excel workbook for the bench with a sheet per session of one assay (or of all):
 * the expected animals (blind codes for blinded sessions), a column per measure with its unit and valid range. Filled
 * in, it goes back in with File &gt; Import from Excel.
 */
public class EntryTemplateHandler extends StudyHandler {

    private static final String ALL = "All assays";

    @Override
    void execute(Shell shell, StudySession session) {
        List<AssayDefinition> assays = StudyExports.assaysWithSessions(session.study());
        if (assays.isEmpty()) {
            MessageDialog.openInformation(shell, "Write Entry Template", "The study has no assay sessions yet: plan "
                    + "them on the Assays page of the study design first.");
            return;
        }
        Object choice = chooseAssay(shell, assays);
        if (choice == null) {
            return;
        }
        String assay = choice instanceof AssayDefinition a ? a.getCode() : null;
        Path out = OutputFile.choose(shell, "Write Entry Template", new String[] { "Excel workbook (*.xlsx)" },
                new String[] { "xlsx" }, session.study().getId() + "-" + (assay == null ? "entry" : assay)
                        + "-template.xlsx");
        if (out == null) {
            return;
        }
        try {
            String wrote = StudyExports.writeTemplate(session.study(), assay, out);
            MessageDialog.openInformation(shell, "Write Entry Template", "Wrote " + wrote + " to " + out
                    + ".\n\nFilled in, it goes back in with File > Import from Excel.");
        } catch (IOException e) {
            MessageDialog.openError(shell, "Template not written", out + ": " + e.getMessage());
        }
    }

    private static Object chooseAssay(Shell shell, List<AssayDefinition> assays) {
        List<Object> elements = new ArrayList<>();
        elements.add(ALL);
        elements.addAll(assays);
        ElementListSelectionDialog dialog = new ElementListSelectionDialog(shell, new LabelProvider() {
            @Override
            public String getText(Object element) {
                if (element instanceof AssayDefinition a) {
                    int n = a.getSessions().size();
                    return a.getCode() + "  " + a.getName() + "  (" + n + " session" + (n == 1 ? "" : "s") + ")";
                }
                return ALL + " (a sheet per session)";
            }
        });
        dialog.setTitle("Write Entry Template");
        dialog.setMessage("Entry sheets for the sessions of:");
        dialog.setElements(elements.toArray());
        dialog.setMultipleSelection(false);
        dialog.setInitialSelections(ALL);
        return dialog.open() == Window.OK ? dialog.getFirstResult() : null;
    }
}
