package org.vivarium.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.vivarium.core.edit.CommandLabels;

/**
 * One field of a {@link PropertyForm} (text checked against the data type, check box, or choice) over one or several
 * objects of a kind: it shows their shared value (nothing when they differ) and sets a value on all of them as one
 * undoable command ("Set arm of 5 animals").
 */
abstract class PropertyField {

    /** The value of several objects that do not agree. */
    static final Object MIXED = new Object();

    protected final List<EObject> objects;
    protected final IItemPropertyDescriptor descriptor;
    protected final PropertyForm form;
    protected boolean updating;

    PropertyField(PropertyForm form, List<EObject> objects, IItemPropertyDescriptor descriptor) {
        this.form = form;
        this.objects = List.copyOf(objects);
        this.descriptor = descriptor;
    }

    abstract Control control();

    /** Shows the model's current value (a field being typed in keeps its text). */
    abstract void refresh();

    /** Commits text typed and not yet committed; returns null, or why it cannot be (the text stays). */
    String commitTyped() {
        return null;
    }

    /** Whether text was typed and not yet committed. */
    boolean typed() {
        return false;
    }

    /** Forgets what was typed and shows the model's value again (Esc). */
    void discard() {
        refresh();
    }

    EObject first() {
        return objects.get(0);
    }

    EStructuralFeature feature() {
        return (EStructuralFeature) descriptor.getFeature(first());
    }

    /** e.g. "Planned n (per sex and cohort)". */
    String name() {
        return descriptor.getDisplayName(first());
    }

    boolean editable() {
        return objects.stream().allMatch(descriptor::canSetProperty);
    }

    /** The objects' shared value, or {@link #MIXED}. */
    Object value() {
        Object shared = valueOf(first());
        for (EObject o : objects) {
            if (!Objects.equals(valueOf(o), shared)) {
                return MIXED;
            }
        }
        return shared;
    }

    Object valueOf(EObject o) {
        return ItemPropertySource.unwrap(o, descriptor.getPropertyValue(o));
    }

    /** Sets the value on every object that has another, as one command on the study's stack. */
    void commit(Object value) {
        List<EObject> changing = new ArrayList<>();
        for (EObject o : objects) {
            if (!Objects.equals(value, valueOf(o)) && descriptor.canSetProperty(o)) {
                changing.add(o);
            }
        }
        if (changing.isEmpty()) {
            return;
        }
        EditingDomain domain = AdapterFactoryEditingDomain.getEditingDomainFor(first());
        if (domain == null) {
            changing.forEach(o -> descriptor.setPropertyValue(o, value));
            return;
        }
        Command command;
        if (changing.size() == 1) {
            command = SetCommand.create(domain, changing.get(0), feature(), value);
        } else {
            CompoundCommand all = new CompoundCommand(CommandLabels.set(form.adapterFactory(), changing, feature()));
            changing.forEach(o -> all.append(SetCommand.create(domain, o, feature(), value)));
            command = all;
        }
        domain.getCommandStack().execute(command);
    }

    static PropertyField create(FormToolkit toolkit, Composite parent, PropertyForm form, List<EObject> objects,
            IItemPropertyDescriptor d, boolean multiLine) {
        Object feature = d.getFeature(objects.get(0));
        PropertyField field;
        if (feature instanceof EReference
                || feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum) {
            field = new ChoiceField(toolkit, parent, form, objects, d);
        } else if (feature instanceof EAttribute a && (a.getEAttributeType().getInstanceClass() == boolean.class
                || a.getEAttributeType().getInstanceClass() == Boolean.class)) {
            field = new CheckField(toolkit, parent, form, objects, d);
        } else {
            field = new TextField(toolkit, parent, form, objects, d, multiLine);
        }
        field.refresh();
        return field;
    }
}
