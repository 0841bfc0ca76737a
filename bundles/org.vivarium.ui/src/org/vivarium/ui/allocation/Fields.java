package org.vivarium.ui.allocation;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The labelled text fields of the Study menu's dialogs: a hint inside while empty, and a check as they change. */
final class Fields {

    private Fields() {
    }

    static Label label(Composite parent, String text) {
        Label l = new Label(parent, SWT.NONE);
        l.setText(text);
        GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(l);
        return l;
    }

    /** A one-line field showing {@code hint} while empty (and as its tooltip); {@code changed} runs as it changes. */
    static Text text(Composite parent, String value, String hint, Runnable changed) {
        Text t = new Text(parent, SWT.BORDER);
        t.setText(value);
        t.setMessage(hint);
        t.setToolTipText(hint);
        t.addListener(SWT.Modify, e -> changed.run());
        GridDataFactory.fillDefaults().grab(true, false).hint(300, SWT.DEFAULT).applyTo(t);
        return t;
    }
}
