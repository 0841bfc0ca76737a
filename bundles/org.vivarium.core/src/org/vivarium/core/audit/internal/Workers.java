package org.vivarium.core.audit.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the audit trail works on beside the caller: checking a stored chain while the study is read, writing the
 * tables of an import, compressing the pieces of a large block. Daemon threads, made when needed and ended when idle:
 * they never keep the JVM alive.
 */
public final class Workers {

    private static final int PROCESSORS = Runtime.getRuntime().availableProcessors();
    /** Whether there is a second processor to work beside the caller. */
    public static final boolean PARALLEL = PROCESSORS > 1;

    private static final Executor POOL = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "vivarium-audit-worker");
        t.setDaemon(true);
        return t;
    });

    private Workers() {
    }

    public static Executor pool() {
        return POOL;
    }

    /**
     * Runs the jobs, the caller and (with more than one processor) workers taking the next one in turn, and returns
     * when all have ended; the first failure is thrown (the jobs not yet started are then left out).
     */
    public static void runAll(List<? extends Runnable> jobs) {
        AtomicInteger next = new AtomicInteger();
        Runnable take = () -> {
            for (int i = next.getAndIncrement(); i < jobs.size(); i = next.getAndIncrement()) {
                try {
                    jobs.get(i).run();
                } catch (RuntimeException | Error e) {
                    next.set(jobs.size());
                    throw e;
                }
            }
        };
        List<CompletableFuture<Void>> helpers = new ArrayList<>();
        for (int i = 0; i < Math.min(PROCESSORS - 1, jobs.size() - 1); i++) {
            helpers.add(CompletableFuture.runAsync(take, POOL));
        }
        RuntimeException failed = null;
        try {
            take.run();
        } catch (RuntimeException e) {
            failed = e;
        }
        for (CompletableFuture<Void> h : helpers) { // every worker has ended before the caller goes on
            try {
                h.join();
            } catch (CompletionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof RuntimeException r ? r : e;
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }
}
