package org.vivarium.ui.dosing;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IPersistableElement;
import org.vivarium.model.Cohort;
import org.vivarium.ui.bench.BenchImages;

/** The dosing editor's input: a dosing round, i.e. the doses a cohort receives at one time. */
public record DosingInput(Cohort cohort, LocalDateTime due) implements IEditorInput {

    @Override
    public <T> T getAdapter(Class<T> adapter) {
        return null;
    }

    @Override
    public boolean exists() {
        return false;
    }

    @Override
    public ImageDescriptor getImageDescriptor() {
        return BenchImages.descriptor(BenchImages.DOSING);
    }

    @Override
    public String getName() {
        String at = due == null ? "" : " " + DateTimeFormatter.ofPattern("HH:mm").format(due);
        return "Dosing " + cohort.getName() + at;
    }

    @Override
    public IPersistableElement getPersistable() {
        return null;
    }

    @Override
    public String getToolTipText() {
        return "Dosing round of cohort " + cohort.getName() + (due == null ? "" : " due " + due);
    }
}
