package org.vivarium.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IChangeNotifier;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.INotifyChangedListener;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.widgets.FormToolkit;

/**
 * A form of labelled fields for the properties of one model object, built from its item provider's property
 * descriptors (name, description as tooltip, editability, choices). Edits go through the descriptors, i.e. as EMF
 * commands on the object's editing domain; the fields follow model changes made elsewhere (undo, other views).
 */
public final class PropertyForm implements INotifyChangedListener {

    private final FormToolkit toolkit;
    private final Composite body;
    private final AdapterFactory adapterFactory;
    private final Set<String> multiLine;
    private final List<PropertyField> fields = new ArrayList<>();
    private EObject object;

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

    public EObject input() {
        return object;
    }

    /** Shows the properties of another object (or none). */
    public void setInput(EObject next) {
        if (next == object) {
            return;
        }
        object = next;
        for (Control c : body.getChildren()) {
            c.dispose();
        }
        fields.clear();
        if (next != null && adapterFactory.adapt(next, IItemPropertySource.class) instanceof IItemPropertySource src) {
            for (IItemPropertyDescriptor d : src.getPropertyDescriptors(next)) {
                if (d.isMany(next) && !(d.getFeature(next) instanceof org.eclipse.emf.ecore.EAttribute)) {
                    continue; // lists of objects are edited in their own tables
                }
                Label label = toolkit.createLabel(body, d.getDisplayName(next) + ":");
                label.setToolTipText(d.getDescription(next));
                GridDataFactory.fillDefaults().align(SWT.BEGINNING, SWT.CENTER).applyTo(label);
                PropertyField field = PropertyField.create(toolkit, body, next, d, isMultiLine(d, next));
                field.control().setToolTipText(d.getDescription(next));
                fields.add(field);
            }
        }
        body.layout(true, true);
    }

    private boolean isMultiLine(IItemPropertyDescriptor d, EObject o) {
        return d.getFeature(o) instanceof org.eclipse.emf.ecore.EStructuralFeature f && multiLine.contains(f.getName());
    }

    /** Re-reads every field from the model (fields being typed in keep their text). */
    public void refresh() {
        for (PropertyField f : fields) {
            f.refresh();
        }
    }

    @Override
    public void notifyChanged(Notification notification) {
        if (object != null && notification.getNotifier() == object && !body.isDisposed()) {
            body.getDisplay().asyncExec(() -> {
                if (!body.isDisposed()) {
                    refresh();
                }
            });
        }
    }
}
