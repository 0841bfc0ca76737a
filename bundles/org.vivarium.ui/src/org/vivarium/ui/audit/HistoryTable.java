package org.vivarium.ui.audit;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.ViewerCell;
import org.eclipse.jface.window.ToolTip;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.TableItem;
import org.vivarium.core.audit.AuditEntry;

/** The table of the History view: one row per entry, newest first, with tooltips giving the details. */
final class HistoryTable {

    private final TableViewer viewer;

    HistoryTable(Composite parent) {
        viewer = new TableViewer(parent, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        for (int i = 0; i < HistoryColumns.TITLES.length; i++) {
            int column = i;
            TableViewerColumn c = new TableViewerColumn(viewer, i == 0 ? SWT.RIGHT : SWT.LEFT);
            c.getColumn().setText(HistoryColumns.TITLES[i]);
            c.getColumn().setWidth(HistoryColumns.WIDTHS[i]);
            c.getColumn().setResizable(true);
            c.setLabelProvider(new CellLabelProvider() {
                @Override
                public void update(ViewerCell cell) {
                    cell.setText(HistoryColumns.text((AuditEntry) cell.getElement(), column));
                }

                @Override
                public String getToolTipText(Object element) {
                    return HistoryColumns.tooltip((AuditEntry) element, column);
                }
            });
        }
        ColumnViewerToolTipSupport.enableFor(viewer, ToolTip.NO_RECREATE);
    }

    Control control() {
        return viewer.getControl();
    }

    /** Shows entries given oldest first as newest first. */
    void show(List<AuditEntry> entries) {
        List<AuditEntry> newestFirst = new ArrayList<>(entries);
        java.util.Collections.reverse(newestFirst);
        viewer.setInput(newestFirst);
    }

    List<List<String>> rows() {
        List<List<String>> rows = new ArrayList<>();
        for (TableItem item : viewer.getTable().getItems()) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < HistoryColumns.TITLES.length; c++) {
                row.add(item.getText(c));
            }
            rows.add(row);
        }
        return rows;
    }
}
