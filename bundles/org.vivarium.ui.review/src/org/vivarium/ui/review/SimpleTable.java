package org.vivarium.ui.review;

import java.util.List;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/** A titled read-only table of text rows, sized to its content. */
final class SimpleTable {

    private SimpleTable() {
    }

    static Table create(Composite parent, String title, List<String> headers, List<List<String>> rows) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(title);
        l.setFont(JFaceResources.getBannerFont());
        Table t = new Table(parent, SWT.BORDER | SWT.MULTI | SWT.FULL_SELECTION | SWT.V_SCROLL);
        TableCopy.install(t);
        t.setHeaderVisible(true);
        t.setLinesVisible(true);
        for (String h : headers) {
            new TableColumn(t, SWT.LEFT).setText(h);
        }
        for (List<String> row : rows) {
            new TableItem(t, SWT.NONE).setText(row.toArray(String[]::new));
        }
        for (TableColumn c : t.getColumns()) {
            c.pack();
            c.setWidth(Math.min(c.getWidth() + 14, 460));
        }
        int shown = Math.max(1, Math.min(rows.size(), 10));
        GridDataFactory.fillDefaults().grab(true, false)
                .hint(SWT.DEFAULT, t.getHeaderHeight() + shown * t.getItemHeight() + 4).applyTo(t);
        return t;
    }

    /** Colours a row's text (e.g. red for overdue). */
    static void colour(Table t, int row, Color colour) {
        t.getItem(row).setForeground(colour);
    }
}
