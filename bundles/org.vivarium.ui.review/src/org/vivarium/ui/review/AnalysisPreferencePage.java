package org.vivarium.ui.review;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** Window > Preferences > Analyses: how long one analysis may run before it is stopped. */
public class AnalysisPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

    public AnalysisPreferencePage() {
        super(GRID);
        ScopedPreferenceStore store = new ScopedPreferenceStore(InstanceScope.INSTANCE, AnalysisPreferences.NODE);
        store.setDefault(AnalysisPreferences.TIME_LIMIT_SECONDS, AnalysisPreferences.DEFAULT_SECONDS);
        setPreferenceStore(store);
        setDescription("An analysis that runs longer is stopped (its monitor is cancelled and its thread interrupted; "
                + "a plug-in that ignores both is abandoned and cannot run again until Vivarium restarts). The "
                + "command line takes analyze --timeout.");
    }

    @Override
    protected void createFieldEditors() {
        IntegerFieldEditor limit = new IntegerFieldEditor(AnalysisPreferences.TIME_LIMIT_SECONDS,
                "Time limit of one analysis run (seconds):", getFieldEditorParent());
        limit.setValidRange(1, AnalysisPreferences.MAX_SECONDS);
        limit.setErrorMessage("The time limit is a whole number of seconds from 1 to "
                + AnalysisPreferences.MAX_SECONDS + " (a week).");
        addField(limit);
    }

    @Override
    public void init(IWorkbench workbench) {
        // the store is set in the constructor
    }
}
