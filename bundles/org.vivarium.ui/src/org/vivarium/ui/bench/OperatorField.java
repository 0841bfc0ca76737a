package org.vivarium.ui.bench;

import java.util.function.Consumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** "Operator: [name]" - shows and edits the {@link Operator}, and follows changes made elsewhere. */
public final class OperatorField {

    private final Text text;
    private final Consumer<String> listener;

    public OperatorField(Composite parent) {
        Composite box = new Composite(parent, SWT.NONE);
        GridLayoutFactory.fillDefaults().numColumns(2).applyTo(box);
        Label label = new Label(box, SWT.NONE);
        label.setText("Operator:");
        text = new Text(box, SWT.BORDER | SWT.SINGLE);
        text.setText(Operator.get());
        text.setToolTipText("Recorded as who gave a dose, weighed an animal or completed a session");
        GridDataFactory.fillDefaults().hint(140, SWT.DEFAULT).applyTo(text);
        text.addModifyListener(e -> Operator.set(text.getText()));
        listener = name -> {
            if (!text.isDisposed() && !text.getText().strip().equals(name)) {
                text.setText(name);
            }
        };
        Operator.addListener(listener);
        text.addDisposeListener(e -> Operator.removeListener(listener));
    }

    /** The field's container (for layout data). */
    public Composite control() {
        return text.getParent();
    }
}
