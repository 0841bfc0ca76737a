package org.vivarium.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;
import org.vivarium.analysis.internal.AnalysisExtensions;
import org.vivarium.analysis.internal.AnalysisLog;

/**
 * The installed analyses: those contributed to the extension point {@code org.vivarium.analysis.analyses} (read
 * once, without starting the contributing bundles) and those registered in code with {@link #register}. Ids are
 * unique: a second contribution with a used id is ignored and reported in {@link #problems()}. Thread-safe.
 */
public final class AnalysisRegistry {

    /** The extension point id. */
    public static final String EXTENSION_POINT = "org.vivarium.analysis.analyses";

    private static volatile AnalysisRegistry defaultRegistry;

    private final Map<String, AnalysisDescriptor> analyses = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    /** An empty registry (tests, or a caller that registers everything in code). */
    public AnalysisRegistry() {
    }

    /**
     * The registry of this installation: the contributions of the platform's extension registry (none when running
     * outside OSGi), plus whatever is registered in code later.
     */
    public static AnalysisRegistry getDefault() {
        AnalysisRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (AnalysisRegistry.class) {
                if (defaultRegistry == null) {
                    AnalysisRegistry read = fromExtensions(RegistryFactory.getRegistry());
                    read.problems().forEach(p -> AnalysisLog.log(new Status(IStatus.WARNING, AnalysisLog.BUNDLE, p)));
                    defaultRegistry = read;
                }
                r = defaultRegistry;
            }
        }
        return r;
    }

    /** A registry holding the contributions found in an extension registry (null: none). */
    public static AnalysisRegistry fromExtensions(IExtensionRegistry extensionRegistry) {
        AnalysisRegistry r = new AnalysisRegistry();
        if (extensionRegistry != null) {
            AnalysisExtensions.read(extensionRegistry, r);
        }
        return r;
    }

    /**
     * Registers an analysis.
     *
     * @return a handle that unregisters it when closed
     * @throws IllegalArgumentException when the id is taken
     */
    public synchronized Registration register(AnalysisDescriptor descriptor) {
        if (analyses.containsKey(descriptor.id())) {
            throw new IllegalArgumentException("analysis id '" + descriptor.id() + "' is taken by "
                    + analyses.get(descriptor.id()).contributor());
        }
        analyses.put(descriptor.id(), descriptor);
        return () -> unregister(descriptor);
    }

    private synchronized void unregister(AnalysisDescriptor descriptor) {
        analyses.remove(descriptor.id(), descriptor);
    }

    /** Records a contribution that could not be registered (shown by {@code vivarium analyses} and logged). */
    public synchronized void problem(String problem) {
        problems.add(problem);
    }

    /** All analyses, by category and then id. */
    public synchronized List<AnalysisDescriptor> all() {
        List<AnalysisDescriptor> all = new ArrayList<>(analyses.values());
        all.sort(Comparator.comparing(AnalysisDescriptor::category).thenComparing(AnalysisDescriptor::id));
        return all;
    }

    public synchronized Optional<AnalysisDescriptor> find(String id) {
        return Optional.ofNullable(analyses.get(id));
    }

    /** Contributions that were ignored, each with its reason. */
    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Undoes a {@link #register} call. */
    @FunctionalInterface
    public interface Registration extends AutoCloseable {
        @Override
        void close();
    }
}
