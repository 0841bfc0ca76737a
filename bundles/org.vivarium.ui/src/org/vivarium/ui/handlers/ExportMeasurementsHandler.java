package org.vivarium.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.handlers.HandlerUtil;
import org.vivarium.ui.session.Folders;
import org.vivarium.ui.session.StudySession;
import org.vivarium.ui.session.StudySessions;

/**
 * File &gt; Export Measurements...: every measurement of the open study as a tidy table (.xlsx or .csv) for R or Prism;
 * it imports back into the same study as "already present".
 */
public class ExportMeasurementsHandler extends AbstractHandler {

    @Override
    public Object execute(ExecutionEvent event) {
        Shell shell = HandlerUtil.getActiveShell(event);
        StudySession session = StudySessions.current();
        if (session == null) {
            return null;
        }
        FileDialog dialog = new FileDialog(shell, SWT.SAVE);
        dialog.setText("Export Measurements");
        dialog.setFilterNames(new String[] { "Excel workbook (*.xlsx)", "CSV, comma-separated (*.csv)" });
        dialog.setFilterExtensions(new String[] { "*.xlsx", "*.csv" });
        dialog.setFilterPath(Folders.dialogFolder());
        dialog.setFileName(session.study().getId() + "-measurements.xlsx");
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen == null) {
            return null;
        }
        Path out = Path.of(chosen.contains(".") ? chosen
                : chosen + (dialog.getFilterIndex() == 1 ? ".csv" : ".xlsx"));
        try {
            String wrote = StudyExports.exportMeasurements(session.study(), out);
            MessageDialog.openInformation(shell, "Export Measurements", "Wrote " + wrote + " to " + out + ".");
        } catch (IOException e) {
            MessageDialog.openError(shell, "Measurements not exported", out + ": " + e.getMessage());
        }
        return null;
    }
}
