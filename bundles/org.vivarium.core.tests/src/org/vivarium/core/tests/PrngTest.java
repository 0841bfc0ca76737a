package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vivarium.core.blinding.Prng;

/** Test vectors of SplitMix64 (seed 1234567: Vigna's reference values) and of the derived draws. */
class PrngTest {

    @Test
    void splitMix64ReproducesTheReferenceVectors() {
        Prng p = new Prng(1234567);
        assertThat(new long[] { p.nextLong(), p.nextLong(), p.nextLong(), p.nextLong(), p.nextLong() })
                .containsExactly(6457827717110365317L, 3203168211198807973L, Long.parseUnsignedLong(
                        "9817491932198370423"), 4593380528125082431L, Long.parseUnsignedLong("16408922859458223821"));
        Prng zero = new Prng(0);
        assertThat(new long[] { zero.nextLong(), zero.nextLong(), zero.nextLong() }).containsExactly(
                -2152535657050944081L, 7960286522194355700L, 487617019471545679L);
    }

    @Test
    void boundedDrawsAndShufflesAreSpecifiedToo() {
        Prng p = new Prng(42);
        assertThat(IntStream.range(0, 12).map(i -> p.nextInt(18)).toArray()).containsExactly(0, 9, 9, 0, 17, 3, 0, 16,
                0, 1, 17, 17);
        Prng q = new Prng(42);
        assertThat(IntStream.range(0, 4).map(i -> q.nextInt(1_000_000_007)).toArray()).containsExactly(499536680,
                739054900, 243888937, 906934833);
        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        new Prng(42).shuffle(list);
        List<Integer> again = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        new Prng(42).shuffle(again);
        assertThat(list).isEqualTo(again).containsExactly(3, 8, 4, 2, 9, 5, 7, 1, 0, 6);
    }

    @Test
    void drawsAreUniform() {
        Prng p = new Prng(7);
        int[] counts = new int[18];
        for (int i = 0; i < 180_000; i++) {
            counts[p.nextInt(18)]++;
        }
        assertThat(IntStream.of(counts).boxed().toList()).allMatch(c -> Math.abs(c - 10_000) < 400); // 4 SD
    }

    @Test
    void boundedIntsAreTheTop63BitsModuloTheBoundUnlessRejected() {
        // nextInt(n) = (nextLong() >>> 1) mod n unless rejected, which happens with probability < n / 2^63
        Prng r = new Prng(1234567);
        Prng raw = new Prng(1234567);
        for (int n : new int[] { 1, 2, 3, 4, 7, 10, 1000, Integer.MAX_VALUE }) {
            assertThat(r.nextInt(n)).isEqualTo((int) ((raw.nextLong() >>> 1) % n));
        }
    }

    @Test
    void everyOrderOfThreeIsEquallyLikely() {
        Prng r = new Prng(2026);
        java.util.Map<List<String>, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < 60_000; i++) {
            List<String> l = new ArrayList<>(List.of("a", "b", "c"));
            r.shuffle(l);
            counts.merge(l, 1, Integer::sum);
        }
        assertThat(counts).hasSize(6);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(9_500, 10_500));
    }
}
