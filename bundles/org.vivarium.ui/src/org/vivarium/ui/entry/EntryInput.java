package org.vivarium.ui.entry;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.vivarium.core.study.Studies;
import org.vivarium.core.study.Time;
import org.vivarium.model.AssayDefinition;
import org.vivarium.model.AssaySession;
import org.vivarium.ui.bench.BenchImages;

/** The data entry grid's input: an assay session of the open study (one editor per session). */
public record EntryInput(AssaySession session) implements IEditorInput {

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false; // sessions are reached from the Today view, not from a recent-files list
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return BenchImages.descriptor(BenchImages.ENTRY);
    }

    @Override
    public String getName() {
        return session.getName() == null ? "Session" : session.getName();
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        AssayDefinition assay = Studies.assayOf(session);
        return "Data entry: " + (assay == null ? "" : assay.getName() + ", ") + "cohort "
                + (session.getCohort() == null ? "-" : session.getCohort().getName()) + ", "
                + Time.sinceDose(session.getTimeFromDoseHours()) + " after dose";
    }
}
