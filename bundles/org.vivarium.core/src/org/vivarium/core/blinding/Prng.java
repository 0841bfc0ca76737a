package org.vivarium.core.blinding;

import java.security.SecureRandom;
import java.util.List;

/**
 * The random number generator of blinding: SplitMix64 (Steele, Lea and Flood, 2014; constants as in Vigna's
 * reference {@code splitmix64.c}), specified here in full so that a seed recorded in a study reproduces its codes with
 * any later version of Vivarium or Java. It does not use {@code java.util.Random} or {@code SplittableRandom}, whose
 * algorithms Java may change.
 * <ul>
 * <li>{@link #nextLong()}: {@code state += 0x9E3779B97F4A7C15; z = state; z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9;
 * z = (z ^ (z >>> 27)) * 0x94D049BB133111EB; return z ^ (z >>> 31)} (64-bit wrapping arithmetic). Seed 1234567 gives
 * 6457827717110365317, 3203168211198807973, 9817491932198370423 (unsigned).</li>
 * <li>{@link #nextInt(int)}: unbiased by rejection: {@code u = nextLong() >>> 1; v = u % bound}; accepted when
 * {@code u - v + bound - 1} does not overflow a signed 64-bit number, else drawn again.</li>
 * <li>{@link #shuffle(List)}: Fisher-Yates from the last element down: for {@code i = size - 1 .. 1} swap elements
 * {@code i} and {@code nextInt(i + 1)}.</li>
 * </ul>
 * Not for cryptography: a seed drawn with {@link SecureRandom} ({@link #drawSeed()}) makes the sequence unpredictable,
 * and recording it makes the result reproducible.
 */
public final class Prng {

    private long state;

    public Prng(long seed) {
        this.state = seed;
    }

    /** A seed from the operating system's secure random source, for when the user gives none. */
    public static long drawSeed() {
        return new SecureRandom().nextLong();
    }

    /** The next 64 random bits. */
    public long nextLong() {
        state += 0x9E3779B97F4A7C15L;
        long z = state;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A uniformly distributed number from 0 (inclusive) to {@code bound} (exclusive). */
    public int nextInt(int bound) {
        if (bound <= 0) {
            throw new IllegalArgumentException("bound must be positive, not " + bound);
        }
        while (true) {
            long u = nextLong() >>> 1;
            long v = u % bound;
            if (u - v + (bound - 1) >= 0) {
                return (int) v;
            }
        }
    }

    /** Shuffles a list in place (Fisher-Yates, see the class comment). */
    public <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = nextInt(i + 1);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }
}
