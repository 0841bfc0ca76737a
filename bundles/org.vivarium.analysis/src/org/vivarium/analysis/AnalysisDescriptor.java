package org.vivarium.analysis;

import java.util.Objects;
import java.util.function.Supplier;

import org.vivarium.analysis.internal.PluginFailures;

/**
 * An analysis as listed in the {@link AnalysisRegistry}: its stable id, name, category, description and contributing
 * bundle, and how to create it. Creating the {@link Analysis} is deferred until it is first needed, so that listing
 * analyses does not start their bundles.
 */
public final class AnalysisDescriptor {

    /** Category ids of the built-in analyses (contributions may use others). */
    public static final String DESCRIPTIVE = "descriptive";
    public static final String TWO_GROUPS = "two-groups";
    public static final String SEVERAL_GROUPS = "several-groups";
    public static final String FACTORIAL = "factorial";
    public static final String TIME_COURSE = "time-course";
    public static final String SURVIVAL = "survival";
    public static final String OUTLIERS = "outliers";

    private final String id;
    private final String name;
    private final String category;
    private final String description;
    private final String contributor;
    private final Factory factory;
    private volatile Analysis analysis;

    /** Creates the analysis; may fail (e.g. a class that cannot be loaded). */
    @FunctionalInterface
    public interface Factory {
        Analysis create() throws Exception;
    }

    public AnalysisDescriptor(String id, String name, String category, String description, String contributor,
            Factory factory) {
        this.id = Objects.requireNonNull(id, "id");
        this.name = name == null || name.isBlank() ? id : name;
        this.category = category == null || category.isBlank() ? "other" : category;
        this.description = description == null ? "" : description;
        this.contributor = contributor == null ? "" : contributor;
        this.factory = Objects.requireNonNull(factory, "factory");
    }

    /** A descriptor for an analysis instance registered in code. */
    public static AnalysisDescriptor of(String id, String name, String category, String description,
            Supplier<Analysis> analysis) {
        return new AnalysisDescriptor(id, name, category, description, "(registered in code)", analysis::get);
    }

    /** Stable id: users' saved results and scripts name it. */
    public String id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String category() {
        return category;
    }

    public String description() {
        return description;
    }

    /** The contributing bundle's symbolic name, or a note that it was registered in code. */
    public String contributor() {
        return contributor;
    }

    /**
     * The analysis, created on first use.
     *
     * @throws AnalysisException when it cannot be created (the message names the analysis, the class, the bundle and
     *         its version, and why)
     */
    public Analysis analysis() throws AnalysisException {
        Analysis a = analysis;
        if (a == null) {
            synchronized (this) {
                if (analysis == null) {
                    PluginFailures words = new PluginFailures(contributor, id);
                    try {
                        Analysis created = factory.create();
                        if (created == null) {
                            throw new AnalysisException(words.noInstance());
                        }
                        analysis = created;
                    } catch (AnalysisException e) {
                        throw e;
                    } catch (Exception | LinkageError e) {
                        throw new AnalysisException(words.cannotCreate(e));
                    }
                }
                a = analysis;
            }
        }
        return a;
    }

    @Override
    public String toString() {
        return id + " (" + name + ", " + contributor + ")";
    }
}
