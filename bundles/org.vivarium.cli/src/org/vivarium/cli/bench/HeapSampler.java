package org.vivarium.cli.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/** Samples the used heap every millisecond while open; {@link #peakMb()} is the largest value seen. */
final class HeapSampler implements AutoCloseable {

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile long peak;

    HeapSampler() {
        peak = used();
        thread = new Thread(() -> {
            while (running) {
                long u = used();
                if (u > peak) {
                    peak = u;
                }
                try {
                    Thread.sleep(1);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    private long used() {
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Collects garbage so that the next measurement starts from what is really retained. */
    static long settledMb() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    }

    long peakMb() {
        return peak >> 20;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        thread.join();
        long u = used();
        if (u > peak) {
            peak = u;
        }
    }
}
