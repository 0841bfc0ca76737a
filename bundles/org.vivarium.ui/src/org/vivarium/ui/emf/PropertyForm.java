package org.vivarium.ui.emf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vivarium.core.study.Labels;

/**
 * A form of labelled fields for the properties of one model object, or of several of one kind (each field shows
 * their shared value, or nothing when they differ, and sets all of them as one command), built from the item
 * provider's property descriptors (name, description as tooltip, editability, choices). Edits are EMF commands on
 * the objects' editing domain; the fields follow model changes made elsewhere (undo, other views). Values typed and
 * not yet committed are committed by {@link #commit()} (before a save, a page switch, a close).
 */
public final class PropertyForm implements INotifyChangedListener {

    private final FormToolkit toolkit;
    private final Composite body;
    private final AdapterFactory adapterFactory;
    private final Set<String> multiLine;
    private final List<PropertyField> fields = new ArrayList<>();
    private final Map<PropertyField, String> problems = new LinkedHashMap<>();
    private List<EObject> objects = List.of();
    /** Under the fields (so that nothing moves when it shows): why the text typed in a field is refused. */
    private Label problemLabel;
    private Consumer<String> problemListener = p -> {
    };
    private Runnable typingListener = () -> {
    };

    /**
     * @param multiLine names of the string features shown as multi-line text (e.g. "description")
     */
    public PropertyForm(FormToolkit toolkit, Composite parent, AdapterFactory adapterFactory, Set<String> multiLine) {
        this.toolkit = toolkit;
        this.adapterFactory = adapterFactory;
        this.multiLine = multiLine;
        body = toolkit.createComposite(parent);
        GridLayoutFactory.fillDefaults().numColumns(2).spacing(10, 6).applyTo(body);
        if (adapterFactory instanceof IChangeNotifier notifier) {
            notifier.addListener(this);
        }
        body.addDisposeListener(e -> {
            if (adapterFactory instanceof IChangeNotifier notifier) {
                notifier.removeListener(this);
            }
        });
    }

    public Control control() {
        return body;
    }

    AdapterFactory adapterFactory() {
        return adapterFactory;
    }

    /**
     * Told the reason when a typed value is refused (e.g. "Anchor dose time: ... expected ..."), null when none is.
     * The form shows it under its fields as well.
     */
    public void setProblemListener(Consumer<String> listener) {
        problemListener = listener;
    }

    /** Told when a field starts or stops holding typed text not yet committed (see {@link #isTyping()}). */
    public void setTypingListener(Runnable listener) {
        typingListener = listener;
    }

    /** Whether a field holds typed text not yet committed. */
    public boolean isTyping() {
        return fields.stream().anyMatch(PropertyField::typed);
    }

    void typingChanged() {
        typingListener.run();
    }

    /** The object shown (the first of several), or null. */
    public EObject input() {
        return objects.isEmpty() ? null : objects.get(0);
    }

    /** The objects shown. */
    public List<EObject> inputs() {
        return objects;
    }

    /** Shows the properties of another object (or none). */
    public void setInput(EObject next) {
        setInput(next == null ? List.of() : List.of(next));
    }

    /** Shows the properties several objects of one kind have (their shared values). */
    public void setInput(List<? extends EObject> next) {
        if (next.equals(objects)) {
            return;
        }
        objects = List.copyOf(next);
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        fields.clear();
        problems.clear();
        problemListener.accept(null);
        typingListener.run();
        EObject first = input();
        if (first != null && adapterFactory.adapt(first, IItemPropertySource.class) instanceof IItemPropertySource src) {
            for (IItemPropertyDescriptor d : src.getPropertyDescriptors(first)) {
                if (d.isMany(first) && !(d.getFeature(first) instanceof EAttribute) || !sharedByAll(d)) {
                    continue; // lists of objects are edited in their own tables
                }
                Label label = toolkit.createLabel(body, d.getDisplayName(first) + ":");
                label.setToolTipText(d.getDescription(first));
                GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
                PropertyField field = PropertyField.create(toolkit, body, this, objects, d, isMultiLine(d, first));
                field.control().setToolTipText(d.getDescription(first));
                if (field instanceof TextField t) {
                    t.text().setToolTipText(d.getDescription(first));
                }
                fields.add(field);
            }
        }
        problemLabel = toolkit.createLabel(body, "", SWT.WRAP);
        problemLabel.setForeground(body.getDisplay().getSystemColor(SWT.COLOR_RED));
        GridDataFactory.fillDefaults().span(2, 1).grab(true, false).hint(300, SWT.DEFAULT).applyTo(problemLabel);
        body.layout(true, true);
    }

    private boolean sharedByAll(IItemPropertyDescriptor d) {
        return objects.stream().allMatch(o -> d.getFeature(input()) instanceof EStructuralFeature f
                && o.eClass().getEAllStructuralFeatures().contains(f));
    }

    private boolean isMultiLine(IItemPropertyDescriptor d, EObject o) {
        return d.getFeature(o) instanceof EStructuralFeature f && multiLine.contains(f.getName());
    }

    /** Re-reads every field from the model (fields being typed in keep their text). */
    public void refresh() {
        for (PropertyField f : fields) {
            f.refresh();
        }
    }

    /**
     * Commits every value typed and not yet committed; returns null when all are, else why one is not (naming the
     * field and the object; the text stays, to be corrected or discarded with Esc).
     */
    public String commit() {
        for (PropertyField f : new ArrayList<>(fields)) {
            String problem = f.commitTyped();
            if (problem != null) {
                String of = objects.size() == 1 ? Labels.of(input()) : Labels.count(objects.size(), input());
                return "The value typed in " + f.name() + " of " + of + " is not valid: " + problem
                        + ". Correct it, or press Esc in the field to discard it.";
            }
        }
        return null;
    }

    /**
     * A short form of a refusal for a page heading, which must not grow with it: "Anchor dose time: value not
     * accepted".
     */
    public static String headline(String problem) {
        int colon = problem == null ? -1 : problem.indexOf(": ");
        return problem == null ? null : (colon < 0 ? "A value" : problem.substring(0, colon)) + ": value not accepted";
    }

    /** A field says why its text is refused (or, with null, that it no longer is). */
    void fieldProblem(PropertyField field, String problem) {
        String before = problems.isEmpty() ? null : problems.values().iterator().next();
        if (problem == null) {
            problems.remove(field);
        } else {
            problems.put(field, problem);
        }
        String now = problems.isEmpty() ? null : problems.values().iterator().next();
        if (!java.util.Objects.equals(before, now)) {
            if (problemLabel != null && !problemLabel.isDisposed()) {
                problemLabel.setText(now == null ? "" : now);
                problemLabel.requestLayout(); // its lines get their height (below the fields: none of them moves)
            }
            problemListener.accept(now);
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (!objects.contains(notification.getNotifier()) || body.isDisposed()) {
            return;
        }
        if (Display.getCurrent() == body.getDisplay()) {
            refresh(); // at once: the fields never show a value the model no longer has
        } else {
            body.getDisplay().asyncExec(() -> {
                if (!body.isDisposed()) {
                    refresh();
                }
            });
        }
    }
}
