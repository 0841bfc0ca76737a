package org.vivarium.core.allocation;

import java.util.List;

/**
 * The pseudo-random generator of allocation algorithm version 1: SplitMix64 (G. L. Steele, D. Lea, C. H. Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014; reference code by S. Vigna,
 * prng.di.unimi.it/splitmix64.c), with unbiased bounded integers and a Fisher-Yates shuffle. Fully specified here so
 * that any implementation reproduces it; unlike {@code java.util.Random} or {@code Collections.shuffle} it does not
 * depend on the JDK.
 * <p>
 * All arithmetic is on unsigned 64-bit words modulo 2<sup>64</sup> ({@code >>>} is a logical shift):
 * <pre>
 * state = seed
 * next():   state = state + 0x9E3779B97F4A7C15
 *           z = state
 *           z = (z ^ (z &gt;&gt;&gt; 30)) * 0xBF58476D1CE4E5B9
 *           z = (z ^ (z &gt;&gt;&gt; 27)) * 0x94D049BB133111EB
 *           return z ^ (z &gt;&gt;&gt; 31)
 * below(n): (0 &lt; n &lt; 2^31)  limit = 2^63 - (2^63 mod n)
 *           repeat x = next() &gt;&gt;&gt; 1 until x &lt; limit      (rejection: every residue equally likely)
 *           return x mod n
 * shuffle(a[0..m-1]): for i = m-1 down to 1: j = below(i + 1); swap a[i] and a[j]
 * </pre>
 * Seeded with 1234567, {@link #next()} gives 6457827717110365317, 3203168211198807973, 9817491932198370423,
 * 4593380528125082431, 16408922859458223821 (as unsigned numbers; the published test vector).
 */
public final class SplitMix64 {

    private static final long GAMMA = 0x9E3779B97F4A7C15L;
    private static final long TWO_POW_63_MOD_BASE = Long.MIN_VALUE; // 2^63 as an unsigned value

    private long state;

    public SplitMix64(long seed) {
        this.state = seed;
    }

    /** The next 64-bit output (read it as unsigned with {@link Long#toUnsignedString(long)}). */
    public long next() {
        state += GAMMA;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniformly distributed integer in {@code [0, n)}, without modulo bias. */
    public int below(int n) {
        if (n <= 0) {
            throw new IllegalArgumentException("the bound must be positive, not " + n);
        }
        // limit = 2^63 - (2^63 mod n), computed in unsigned arithmetic; x is in [0, 2^63)
        long limit = TWO_POW_63_MOD_BASE - Long.remainderUnsigned(TWO_POW_63_MOD_BASE, n);
        while (true) {
            long x = next() >>> 1;
            if (Long.compareUnsigned(x, limit) < 0) {
                return (int) (x % n);
            }
        }
    }

    /** Shuffles the list in place (Durstenfeld's Fisher-Yates, from the last element down). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = below(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
