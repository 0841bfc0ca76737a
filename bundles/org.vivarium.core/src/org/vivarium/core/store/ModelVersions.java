package org.vivarium.core.store;

import java.util.List;
import java.util.function.Consumer;

import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.vivarium.model.Study;
import org.vivarium.model.VivariumPackage;

/**
 * The study model versions this release reads, and how a study written with an older one is brought up to the
 * current model on load.
 * <p>
 * Each model version has its own namespace URI ({@code http://vivarium.org/model/<major.minor>}). The namespace URI of
 * every older version this release reads is mapped to the current package while a file is loaded; the file's own
 * version is remembered on its resource ({@link #versionRead(Resource)}), and the migration steps from that version on
 * run over the loaded study, in order. Saving always writes the current version. Files of a newer version are refused
 * (see {@link StudyFormat}).
 */
public final class ModelVersions {

    /** The current study model version (the last part of {@link VivariumPackage#eNS_URI}). */
    public static final String CURRENT = VivariumPackage.eNS_URI.substring(StudyFormat.NS_PREFIX.length());

    /** One step from a model version to the next: what changes in a study read with the older one. */
    private record Step(String from, String to, String what, Consumer<Study> migration) {
    }

    /**
     * Every migration, oldest first; the last step ends at {@link #CURRENT}. A new model version adds its step here
     * and keeps the older versions' fixture files in the tests.
     */
    private static final List<Step> STEPS = List.of(
            // 1.1 only adds: allocation records, the blinding log, coded treatments (Study.treatmentsCoded,
            // Compound.blindedCode). Every 1.0 file is a valid 1.1 study as it is.
            new Step("1.0", "1.1", "adds allocation records, the blinding log and coded treatments", study -> {
            }),
            // 1.2 adds the audit trail, kept beside the model in the study file (audit.trail); the model itself is
            // unchanged. A study of an older version has no trail: it starts empty at the first change.
            new Step("1.1", "1.2", "adds the audit trail", study -> {
            }),
            // 1.3 adds repeated regimens (everyHours, doses, until, days, timesOfDay) with a dosing window
            // (windowMinutes, default 30), cumulative limits on compounds, and the stock log (Study.stocks, a dose's
            // stock and window reason). An older regimen is a single dose, as it was; its doses keep their times.
            new Step("1.2", "1.3", "adds repeated dose regimens, dosing windows and the controlled-substance stock log",
                    study -> {
                    }));

    private ModelVersions() {
    }

    /** Versions this release reads, oldest first, the current one last. */
    public static List<String> readable() {
        List<String> versions = new java.util.ArrayList<>(STEPS.stream().map(Step::from).toList());
        versions.add(CURRENT);
        return versions;
    }

    /** The model version the study in this resource was read with (the current one for studies made here). */
    public static String versionRead(Resource resource) {
        for (Object a : resource.eAdapters()) {
            if (a instanceof VersionRead v) {
                return v.version;
            }
        }
        return CURRENT;
    }

    /** Whether the study was read from an older model version (and so was migrated on load). */
    public static boolean migrated(Resource resource) {
        return !CURRENT.equals(versionRead(resource));
    }

    /**
     * The model version the study was migrated from on load ("1.0"), or null when its file was written in the current
     * one. Until the study is saved, its file on disk is still of that version; the first save keeps it as
     * {@code <name>.bak} and writes the current version.
     */
    public static String migratedFrom(Resource resource) {
        return migrated(resource) ? versionRead(resource) : null;
    }

    /** Lets a resource set read every older version: their namespace URIs resolve to the current package. */
    static void registerOlderVersions(ResourceSet resourceSet, Resource resource) {
        for (Step step : STEPS) {
            String version = step.from();
            resourceSet.getPackageRegistry().put(StudyFormat.NS_PREFIX + version, new EPackage.Descriptor() {
                @Override
                public EPackage getEPackage() {
                    remember(resource, version);
                    return VivariumPackage.eINSTANCE;
                }

                @Override
                public org.eclipse.emf.ecore.EFactory getEFactory() {
                    return VivariumPackage.eINSTANCE.getEFactoryInstance();
                }
            });
        }
    }

    /** Runs the migration steps from the version the resource was read with up to the current one. */
    static void migrate(Resource resource) {
        String from = versionRead(resource);
        if (CURRENT.equals(from) || resource.getContents().isEmpty()
                || !(resource.getContents().get(0) instanceof Study study)) {
            return;
        }
        boolean running = false;
        for (Step step : STEPS) {
            running |= step.from().equals(from);
            if (running) {
                step.migration().accept(study);
            }
        }
    }

    private static void remember(Resource resource, String version) {
        resource.eAdapters().removeIf(a -> a instanceof VersionRead);
        resource.eAdapters().add(new VersionRead(version));
    }

    /** Marks a resource with the model version its file was written with. */
    private static final class VersionRead extends AdapterImpl {
        final String version;

        VersionRead(String version) {
            this.version = version;
        }
    }
}
