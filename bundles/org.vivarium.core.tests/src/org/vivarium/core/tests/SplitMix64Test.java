package org.vivarium.core.tests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.vivarium.core.allocation.NaturalOrder;
import org.vivarium.core.allocation.SplitMix64;

/** The pseudo-random generator and order of allocation algorithm version 1, against published test vectors. */
class SplitMix64Test {

    @Test
    void reproducesThePublishedSplitMix64Outputs() {
        // Rosetta Code "Pseudo-random numbers/Splitmix64": the first five outputs for seed 1234567
        SplitMix64 r = new SplitMix64(1234567);
        assertThat(IntStream.range(0, 5).mapToObj(i -> Long.toUnsignedString(r.next()))).containsExactly(
                "6457827717110365317", "3203168211198807973", "9817491932198370423", "4593380528125082431",
                "16408922859458223821");
        // Vigna's splitmix64.c seeded with 0
        SplitMix64 zero = new SplitMix64(0);
        assertThat(IntStream.range(0, 5).mapToObj(i -> Long.toHexString(zero.next()))).containsExactly(
                "e220a8397b1dcdaf", "6e789e6aa1b965f4", "6c45d188009454f", "f88bb8a8724c81ec", "1b39896a51a8749b");
    }

    @Test
    void boundedIntsAreTheTop63BitsModuloTheBoundWithRejection() {
        // below(n) = (next() >>> 1) mod n unless rejected; rejection only happens with probability < n / 2^63
        SplitMix64 r = new SplitMix64(1234567);
        SplitMix64 raw = new SplitMix64(1234567);
        for (int n : new int[] {1, 2, 3, 4, 7, 10, 1000, Integer.MAX_VALUE}) {
            assertThat(r.below(n)).isEqualTo((int) ((raw.next() >>> 1) % n));
        }
    }

    @Test
    void boundedIntsAreUniform() {
        SplitMix64 r = new SplitMix64(42);
        int[] counts = new int[6];
        int n = 60_000;
        for (int i = 0; i < n; i++) {
            counts[r.below(6)]++;
        }
        double chi2 = 0;
        for (int c : counts) {
            chi2 += Math.pow(c - n / 6.0, 2) / (n / 6.0);
        }
        assertThat(chi2).as("chi-square, 5 df; 20.5 is the 0.999 quantile").isLessThan(20.5);
    }

    @Test
    void shuffleIsFisherYatesFromTheLastElementDown() {
        List<Integer> list = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        new SplitMix64(7).shuffle(list);
        List<Integer> expected = new ArrayList<>(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
        SplitMix64 r = new SplitMix64(7);
        for (int i = 9; i > 0; i--) {
            int j = r.below(i + 1);
            Integer t = expected.get(i);
            expected.set(i, expected.get(j));
            expected.set(j, t);
        }
        assertThat(list).isEqualTo(expected).containsExactlyInAnyOrder(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
    }

    @Test
    void everyPermutationOfThreeIsEquallyLikely() {
        SplitMix64 r = new SplitMix64(2026);
        java.util.Map<List<String>, Integer> counts = new java.util.HashMap<>();
        for (int i = 0; i < 60_000; i++) {
            List<String> l = new ArrayList<>(List.of("a", "b", "c"));
            r.shuffle(l);
            counts.merge(l, 1, Integer::sum);
        }
        assertThat(counts).hasSize(6);
        assertThat(counts.values()).allSatisfy(c -> assertThat(c).isBetween(9_500, 10_500));
    }

    @Test
    void naturalOrderComparesDigitRunsAsNumbers() {
        List<String> ids = new ArrayList<>(List.of("A-10", "A-2", "B-1", "A-1", "A-02", "A", "1H-10", "1H-9",
                "24H-01", "A-1b"));
        ids.sort(NaturalOrder.INSTANCE);
        assertThat(ids).containsExactly("1H-9", "1H-10", "24H-01", "A", "A-1", "A-1b", "A-2", "A-02", "A-10", "B-1");
        assertThat(NaturalOrder.INSTANCE.compare(null, "")).isZero();
        assertThat(NaturalOrder.INSTANCE.compare("K99999999999999999999", "K100000000000000000000")).isNegative();
    }
}
