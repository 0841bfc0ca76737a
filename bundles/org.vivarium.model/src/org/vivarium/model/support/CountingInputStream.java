package org.vivarium.model.support;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it (for progress reports and read limits); a subclass may check each amount as it is
 * read ({@link #counted(int)}).
 */
public class CountingInputStream extends FilterInputStream {

    private volatile long count;

    public CountingInputStream(InputStream in) {
        super(in);
    }

    /** The bytes read (or skipped) so far. */
    public long count() {
        return count;
    }

    /** Called after {@code n} more bytes were read; may refuse to go on. */
    protected void counted(int n) throws IOException {
        // nothing to check
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count++;
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count += n;
            counted(n);
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
