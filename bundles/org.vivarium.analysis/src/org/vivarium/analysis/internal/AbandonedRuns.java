package org.vivarium.analysis.internal;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The threads of runs that ignored the stop (cancelled monitor and interrupt) and were abandoned, per analysis, for
 * this process: Java cannot kill a thread, so such a thread is left at the lowest priority (a daemon, named after the
 * plug-in) and the analysis is refused until it ends, so that retries do not pile up threads using CPU.
 */
public final class AbandonedRuns {

    private static final Map<String, Abandoned> RUNS = new ConcurrentHashMap<>();

    private record Abandoned(Thread thread, String since) {
    }

    private AbandonedRuns() {
    }

    private static String key(String bundle, String id) {
        return bundle + "/" + id;
    }

    /** Leaves the thread running at the lowest priority, renamed "abandoned ...", and flags the analysis. */
    public static void abandon(String bundle, String id, Thread thread) {
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.setName("abandoned " + thread.getName());
        RUNS.put(key(bundle, id), new Abandoned(thread, LocalTime.now().format(DateTimeFormatter.ofPattern(
                "HH:mm:ss"))));
    }

    /** When an abandoned run of this analysis still runs: since when (HH:mm:ss). A run that ended is forgotten. */
    public static Optional<String> since(String bundle, String id) {
        Abandoned a = RUNS.get(key(bundle, id));
        if (a == null) {
            return Optional.empty();
        }
        if (!a.thread().isAlive()) {
            RUNS.remove(key(bundle, id), a);
            return Optional.empty();
        }
        return Optional.of(a.since());
    }

    /** The abandoned thread of this analysis, if it still runs (tests, diagnostics). */
    public static Optional<Thread> thread(String bundle, String id) {
        return since(bundle, id).map(s -> RUNS.get(key(bundle, id))).map(Abandoned::thread);
    }
}
