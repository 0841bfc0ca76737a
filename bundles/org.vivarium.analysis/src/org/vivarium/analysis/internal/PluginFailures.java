package org.vivarium.analysis.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.Bundle;
import org.vivarium.analysis.Analysis;

/**
 * The words for every way a plug-in's analysis can fail, in one place: the CLI ({@code analyses}, {@code analyze}),
 * the runner's error results and log entries, and the workbench's Analysis view all show these texts. Each starts
 * with the contributing bundle and the analysis id ({@code org.x.lab: analysis 'foo' ...}) and names the bundle's
 * version.
 */
public final class PluginFailures {

    /** Log entry codes (IStatus#getCode) of the runner's entries, so that callers can tell a time-out apart. */
    public static final int CANNOT_CREATE = 1;
    public static final int FAILED = 2;
    public static final int TIMED_OUT = 3;
    public static final int ABANDONED = 4;
    public static final int INVALID_RESULT = 5;

    private static final String REGISTERED_IN_CODE = "(registered in code)";

    private final String bundle;
    private final String version;
    private final String id;

    /** The words about analysis {@code id} contributed by {@code bundle} (its version is looked up). */
    public PluginFailures(String bundle, String id) {
        this(bundle, versionOf(bundle), id);
    }

    public PluginFailures(String bundle, String version, String id) {
        this.bundle = bundle == null ? "" : bundle;
        this.version = version == null ? "" : version;
        this.id = id;
    }

    /** The version of an installed bundle ("" when not installed, not in OSGi or registered in code). */
    public static String versionOf(String bundle) {
        if (bundle == null || bundle.isEmpty() || bundle.startsWith("(")) {
            return "";
        }
        try {
            Bundle b = Platform.getBundle(bundle);
            return b == null ? "" : b.getVersion().toString();
        } catch (RuntimeException | LinkageError notInOsgi) {
            return "";
        }
    }

    /** "org.x.lab 1.0.0" (or just the name when the version is not known). */
    public String plugin() {
        return version.isEmpty() ? bundle : bundle + " " + version;
    }

    private String prefix() {
        return bundle.isEmpty() || bundle.equals(REGISTERED_IN_CODE) ? "analysis '" + id + "'"
                : bundle + ": analysis '" + id + "'";
    }

    /** " in bundle org.x.lab 1.0.0" (nothing when the version is not known: not a bundle, or registered in code). */
    private String inBundle() {
        return version.isEmpty() ? "" : " in bundle " + plugin();
    }

    /** The problem of an analysis that cannot be created, for listings. */
    public PluginProblem problem(String reason) {
        return new PluginProblem(bundle.equals(REGISTERED_IN_CODE) ? "" : bundle, version, id,
                reason.substring(reason.startsWith(bundle + ": ") ? bundle.length() + 2 : 0));
    }

    /** Why creating class {@code className} failed, from what the extension registry or reflection threw. */
    public String cannotCreate(String className, Throwable failure) {
        String start = prefix() + " cannot be created: ";
        Throwable cause = cause(failure);
        if (cause instanceof ClassNotFoundException) {
            return start + "class " + className + " not found" + inBundle();
        }
        if (cause instanceof NoSuchMethodException) {
            return start + "class " + className + inBundle() + " has no public no-argument constructor";
        }
        if (cause instanceof InstantiationException || cause instanceof IllegalAccessException) {
            return start + "class " + className + inBundle() + " cannot be instantiated (it must be public, not "
                    + "abstract, with a public no-argument constructor)";
        }
        if (cause instanceof InvocationTargetException ite && ite.getCause() != null) {
            return start + "new " + simple(className) + "()" + inBundle() + " threw " + describe(ite.getCause());
        }
        if (cause instanceof ExceptionInInitializerError e && e.getCause() != null) {
            return start + "initialising class " + className + inBundle() + " threw " + describe(e.getCause());
        }
        if (cause instanceof LinkageError) {
            return start + "class " + className + inBundle() + " needs a class the bundle cannot see: "
                    + describe(cause) + " (Require-Bundle or Import-Package missing?)";
        }
        return start + "class " + className + inBundle() + ": " + describe(cause);
    }

    /** Why a factory (an analysis registered in code) failed. */
    public String cannotCreate(Throwable failure) {
        return prefix() + " cannot be created" + inBundle() + ": " + describe(cause(failure));
    }

    /** A created object that is not an {@link Analysis}. */
    public String notAnAnalysis(String className) {
        return prefix() + " cannot be created: class " + className + inBundle() + " does not implement "
                + Analysis.class.getName();
    }

    /** The factory gave no instance. */
    public String noInstance() {
        return prefix() + " cannot be created: its factory" + inBundle() + " returned null";
    }

    /** {@code applicability()} or {@code parameters()} threw. */
    public String cannotDescribe(String method, Throwable failure) {
        return prefix() + " cannot be used: " + method + "()" + inBundle() + " threw " + describe(failure);
    }

    /** The run threw something other than an AnalysisException. */
    public String failed(Throwable failure) {
        return prefix() + " failed" + inBundle() + ": " + describe(failure);
    }

    /** Declaring the parameters threw when the run started. */
    public String failedDeclaringParameters(Throwable failure) {
        return cannotDescribe("parameters", failure);
    }

    /** The run returned null. */
    public String noResult() {
        return prefix() + inBundle() + " returned no result";
    }

    /** The run returned NaN or infinite numbers. */
    public String invalidNumbers(String problems) {
        return prefix() + inBundle() + " returned invalid numbers: " + problems;
    }

    /** Stopped at the time limit, and its thread ended. */
    public String timedOut(Duration limit) {
        return prefix() + inBundle() + " did not finish within " + seconds(limit) + " and was stopped"
                + " (time limit: analyze --timeout, or Window > Preferences > Analyses)";
    }

    /** Stopped at the time limit, but its thread ignored the stop and was abandoned. */
    public String timedOutAbandoned(Duration limit) {
        return prefix() + inBundle() + " did not finish within " + seconds(limit) + " and ignored the stop: "
                + abandonedTail();
    }

    /** Cancelled by the user, but its thread ignored the stop and was abandoned. */
    public String cancelledAbandoned() {
        return prefix() + inBundle() + " was cancelled but ignored the stop: " + abandonedTail();
    }

    /** A second run refused while the thread of an earlier one still runs. */
    public String stillRunning(String since) {
        return prefix() + inBundle() + " is still running since " + since + " from a run that ignored the stop; it "
                + "cannot run again until that run ends or Vivarium is restarted";
    }

    private static String abandonedTail() {
        return "its thread was abandoned (it runs at the lowest priority until it ends or Vivarium exits; the "
                + "analysis cannot run again meanwhile)";
    }

    /** The name of a run's thread: the analysis and the plug-in. */
    public String threadName() {
        return "analysis " + id + " of " + plugin();
    }

    /** " (stack trace in FILE)", or nothing when the file is not known. */
    public static String seeLog(Path file) {
        return file == null ? "" : " (stack trace in " + file + ")";
    }

    /** "java.lang.IllegalStateException: message" (the class alone when there is no message). */
    public static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getName() : t.getClass().getName() + ": " + t.getMessage();
    }

    /** "120 s", "1.5 s" or "300 ms". */
    public static String seconds(Duration d) {
        if (d.toMillis() % 1000 == 0) {
            return d.toSeconds() + " s";
        }
        return d.toMillis() < 1000 ? d.toMillis() + " ms" : d.toMillis() / 1000.0 + " s";
    }

    private static String simple(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }

    /** The exception that tells what went wrong: a CoreException's status exception, unwrapped. */
    private static Throwable cause(Throwable t) {
        Throwable c = t;
        for (int i = 0; i < 5 && c instanceof CoreException ce && ce.getStatus().getException() != null; i++) {
            c = ce.getStatus().getException();
        }
        return Optional.ofNullable(c).orElse(t);
    }
}
