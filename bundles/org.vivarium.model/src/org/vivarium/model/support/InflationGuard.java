package org.vivarium.model.support;

import java.io.InputStream;

/**
 * Limits what a study container may inflate to, so that no file can make Vivarium run out of memory or time: every
 * entry read through {@link #entry(InputStream)} counts against at most {@value #MAX_RATIO} times the compressed bytes
 * read so far (but {@value #FLOOR_MB} MB for any file) and {@value #MAX_TOTAL_MB} MB in all. Real studies stay far
 * below: the 2,000,000-measurement benchmark study inflates about 20 times.
 */
final class InflationGuard {

    static final long MAX_RATIO = 200;
    static final long FLOOR_MB = 64;
    static final long MAX_TOTAL_MB = 4096;

    private final CountingInputStream compressed;
    private long inflated;

    private InflationGuard(InputStream raw) {
        compressed = new CountingInputStream(raw);
    }

    /** Guards a file's raw (compressed) stream; read the container from {@link #compressed()}. */
    static InflationGuard of(InputStream raw) {
        return new InflationGuard(raw);
    }

    InputStream compressed() {
        return compressed;
    }

    /** An entry's inflated stream, counted against the limits (closing it leaves the container open). */
    InputStream entry(InputStream in) {
        return new CountingInputStream(in) {
            @Override
            protected void counted(int n) throws StudyFormatException {
                check(n);
            }

            @Override
            public void close() {
                // the container stays open for the next entry
            }
        };
    }

    private void check(int n) throws StudyFormatException {
        inflated += n;
        long read = compressed.count();
        long allowed = Math.min(Math.max(FLOOR_MB << 20, read * MAX_RATIO), MAX_TOTAL_MB << 20);
        if (inflated > allowed) {
            throw new StudyFormatException("the study file is damaged or hostile: its content inflates to more than "
                    + (allowed >> 20) + " MB from " + Math.max(1, read >> 10) + " KB read (at most " + MAX_RATIO
                    + " times, or " + FLOOR_MB + " MB)");
        }
    }
}
