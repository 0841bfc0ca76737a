package org.vivarium.ui.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.vivarium.ui.session.StudySession;

/**
 * File &gt; Export Measurements...: every measurement of the open study as a tidy table (.xlsx or .csv) for R or Prism;
 * it imports back into the same study as "already present".
 */
public class ExportMeasurementsHandler extends StudyHandler {

    @Override
    void execute(Shell shell, StudySession session) {
        Path out = OutputFile.choose(shell, "Export Measurements",
                new String[] { "Excel workbook (*.xlsx)", "CSV, comma-separated (*.csv)" },
                new String[] { "xlsx", "csv" }, session.study().getId() + "-measurements.xlsx");
        if (out == null) {
            return;
        }
        try {
            String wrote = StudyExports.exportMeasurements(session.study(), out);
            MessageDialog.openInformation(shell, "Export Measurements", "Wrote " + wrote + " to " + out + ".");
        } catch (IOException e) {
            MessageDialog.openError(shell, "Measurements not exported", out + ": " + e.getMessage());
        }
    }
}
