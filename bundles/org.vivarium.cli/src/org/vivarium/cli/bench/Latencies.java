package org.vivarium.cli.bench;

import java.util.Arrays;

/** Durations in nanoseconds, collected as they come, and their percentiles in milliseconds. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int size;

    void add(long duration) {
        if (size == nanos.length) {
            nanos = Arrays.copyOf(nanos, size * 2);
        }
        nanos[size++] = duration;
    }

    void addAll(Latencies other) {
        for (int i = 0; i < other.size; i++) {
            add(other.nanos[i]);
        }
    }

    int size() {
        return size;
    }

    /** The p-th percentile (nearest rank) in milliseconds; 0 when there are none. */
    double percentileMs(double p) {
        if (size == 0) {
            return 0;
        }
        long[] sorted = Arrays.copyOf(nanos, size);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100 * size);
        return sorted[Math.max(0, Math.min(size - 1, rank - 1))] / 1e6;
    }

    double medianMs() {
        return percentileMs(50);
    }

    double maxMs() {
        return percentileMs(100);
    }

    /** "p50 1.2 ms, p95 3.4 ms, p99 5.6 ms, max 7.8 ms". */
    String summary() {
        return String.format("p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms", medianMs(), percentileMs(95),
                percentileMs(99), maxMs());
    }
}
