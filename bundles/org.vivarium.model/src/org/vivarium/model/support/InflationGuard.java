package org.vivarium.model.support;

import java.io.FilterInputStream;
import java.io.IOException;
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

    private final Counting compressed;
    private long inflated;

    private InflationGuard(InputStream raw) {
        compressed = new Counting(raw);
    }

    /** Guards a file's raw (compressed) stream; read the container from {@link #compressed()}. */
    static InflationGuard of(InputStream raw) {
        return new InflationGuard(raw);
    }

    InputStream compressed() {
        return compressed;
    }

    /** An entry's inflated stream, counted against the limits. */
    InputStream entry(InputStream in) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    count(1);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int off, int len) throws IOException {
                int n = super.read(buffer, off, len);
                if (n > 0) {
                    count(n);
                }
                return n;
            }

            @Override
            public void close() {
                // the container stays open for the next entry
            }
        };
    }

    private void count(int n) throws StudyFormatException {
        inflated += n;
        long allowed = Math.min(Math.max(FLOOR_MB << 20, compressed.count * MAX_RATIO), MAX_TOTAL_MB << 20);
        if (inflated > allowed) {
            throw new StudyFormatException("the study file is damaged or hostile: its content inflates to more than "
                    + (allowed >> 20) + " MB from " + Math.max(1, compressed.count >> 10)
                    + " KB read (at most " + MAX_RATIO + " times, or " + FLOOR_MB + " MB)");
        }
    }

    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int off, int len) throws IOException {
            int n = super.read(buffer, off, len);
            if (n > 0) {
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
