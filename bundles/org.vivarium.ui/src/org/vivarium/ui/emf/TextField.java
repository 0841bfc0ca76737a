package org.vivarium.ui.emf;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * Text for strings, numbers and dates (lists of strings comma separated). What is typed is committed on Enter
 * (Ctrl+Enter in a multi-line field), Tab, and when the field loses the focus; Esc discards it. Text that is not a
 * value of the type stays in the field, marked, and its reason goes to the form (message area, status line). Dates
 * and times are taken as people type them, and have a calendar button.
 */
final class TextField extends PropertyField {

    private final Text text;
    private final Control control;
    private final ControlDecoration error;
    private final EDataType type;
    private final boolean many;
    private final boolean multiLine;
    /** Whether the text was typed and is not yet committed. */
    private boolean edited;

    TextField(FormToolkit toolkit, Composite parent, PropertyForm form, List<EObject> objects,
            IItemPropertyDescriptor d, boolean multiLine) {
        super(form, objects, d);
        this.multiLine = multiLine;
        type = ((EAttribute) feature()).getEAttributeType();
        many = d.isMany(first());
        boolean dated = FieldTexts.isDate(type) || FieldTexts.isDateTime(type);
        Composite box = dated ? toolkit.createComposite(parent) : parent;
        int style = SWT.BORDER | (multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
        text = toolkit.createText(box, "", style);
        text.setEditable(editable());
        if (dated) {
            GridLayoutFactory.fillDefaults().numColumns(2).spacing(4, 0).applyTo(box);
            GridDataFactory.fillDefaults().grab(true, false).hint(200, SWT.DEFAULT).applyTo(box);
            GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
            Button pick = toolkit.createButton(box, "...", SWT.PUSH);
            pick.setToolTipText("Choose the " + (FieldTexts.isDate(type) ? "date" : "date and time")
                    + " from a calendar");
            pick.setEnabled(editable());
            pick.addListener(SWT.Selection, e -> pick());
            control = box;
        } else {
            GridDataFactory.fillDefaults().grab(true, false).hint(200, multiLine ? 60 : SWT.DEFAULT).applyTo(text);
            control = text;
        }
        error = new ControlDecoration(text, SWT.LEFT | SWT.TOP);
        error.setImage(FieldDecorationRegistry.getDefault().getFieldDecoration(FieldDecorationRegistry.DEC_ERROR)
                .getImage());
        error.hide();
        text.addListener(SWT.Modify, e -> {
            if (!updating) {
                boolean was = edited;
                edited = true;
                check();
                if (!was) {
                    form.typingChanged();
                }
            }
        });
        text.addListener(SWT.FocusOut, e -> commitTyped());
        text.addListener(SWT.DefaultSelection, e -> commitTyped());
        text.addListener(SWT.Traverse, this::traverse);
        text.addListener(SWT.KeyDown, e -> {
            if (multiLine && (e.keyCode == SWT.CR || e.keyCode == SWT.KEYPAD_CR) && (e.stateMask & SWT.CTRL) != 0) {
                e.doit = false; // Ctrl+Enter commits a multi-line text instead of adding a line
                commitTyped();
            } else if (e.keyCode == SWT.ESC && edited) {
                discard();
            }
        });
    }

    private void traverse(Event e) {
        switch (e.detail) {
            case SWT.TRAVERSE_ESCAPE -> {
                e.doit = false;
                discard();
            }
            case SWT.TRAVERSE_TAB_NEXT, SWT.TRAVERSE_TAB_PREVIOUS -> {
                e.doit = true; // Tab moves on, also from a multi-line text (which would insert a tab character)
                commitTyped();
            }
            default -> {
                // Enter: DefaultSelection commits
            }
        }
    }

    @Override
    Control control() {
        return control;
    }

    /** The text widget (inside {@link #control()} for dates). */
    Text text() {
        return text;
    }

    private String problem(String s) {
        if (many) {
            return ListTexts.problem((EAttribute) feature(), s);
        }
        String p = FieldTexts.problem(type, s);
        if (p == null && s.isBlank() && type.getInstanceClass() != null && type.getInstanceClass().isPrimitive()) {
            return "a value is required: " + FieldTexts.describe(type);
        }
        return p;
    }

    private void check() {
        String p = problem(text.getText());
        if (p == null) {
            error.hide();
        } else {
            error.setDescriptionText(p);
            error.show();
        }
        form.fieldProblem(this, p == null ? null : name() + ": " + p);
    }

    @Override
    String commitTyped() {
        if (text.isDisposed() || !edited) {
            return null;
        }
        String s = text.getText();
        String p = problem(s);
        if (p != null) {
            return p;
        }
        edited = false;
        form.typingChanged();
        if (many) {
            commitList(ListTexts.parse((EAttribute) feature(), s));
        } else {
            commit(FieldTexts.parse(type, s));
        }
        refresh();
        return null;
    }

    private void commitList(List<Object> values) {
        Object current = value();
        if (current instanceof Collection<?> c && new ArrayList<>(c).equals(values)) {
            return;
        }
        commit(values);
    }

    @Override
    void discard() {
        edited = false;
        form.typingChanged();
        refresh();
    }

    @Override
    boolean typed() {
        return edited;
    }

    @Override
    void refresh() {
        if (text.isDisposed() || edited) {
            return; // what is being typed stays until it is committed or discarded
        }
        Object v = value();
        String shown;
        if (v == MIXED || v == null) {
            shown = "";
        } else if (v instanceof Collection<?> c) {
            shown = ListTexts.format(type, c);
        } else {
            shown = FieldTexts.format(type, v);
        }
        if (!multiLine) {
            text.setMessage(v == MIXED ? "(different values)" : "");
        }
        if (!shown.equals(text.getText())) {
            updating = true;
            text.setText(shown);
            updating = false;
        }
        error.hide();
        form.fieldProblem(this, null);
    }

    /** The calendar: the chosen date (and time) replaces the text and is committed. */
    private void pick() {
        Object current;
        try {
            current = FieldTexts.parse(type, text.getText());
        } catch (IllegalArgumentException e) {
            current = value() == MIXED ? null : value();
        }
        DatePickerDialog dialog = new DatePickerDialog(text.getShell(), name(), FieldTexts.isDateTime(type),
                current instanceof LocalDateTime t ? t : current instanceof LocalDate d ? d.atStartOfDay() : null);
        if (dialog.open() == Window.OK) {
            LocalDateTime chosen = dialog.chosen();
            text.setText(FieldTexts.format(type, FieldTexts.isDate(type) ? chosen.toLocalDate() : chosen));
            edited = true;
            commitTyped();
        }
    }
}
