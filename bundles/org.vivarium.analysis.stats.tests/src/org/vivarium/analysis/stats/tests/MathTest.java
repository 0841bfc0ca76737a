package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.stats.math.DunnettDistribution;
import org.vivarium.analysis.stats.math.GaussLegendre;
import org.vivarium.analysis.stats.math.Matrices;
import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.RankSumDistribution;
import org.vivarium.analysis.stats.math.SignedRankDistribution;
import org.vivarium.analysis.stats.math.TwoWay;

/** Independent checks of the numerical building blocks (identities that must hold whatever R says). */
class MathTest {

    @Test
    void dunnettWithOneTreatmentIsTheTwoSidedTTest() {
        DunnettDistribution d = new DunnettDistribution(new int[] { 7 }, 9, 14);
        for (double t : new double[] { 0.3, 1.2, 2.5, 4.0, 6.5 }) {
            double expected = Probabilities.tTwoSided(t, 14);
            assertThat(d.upper(t)).as("t = " + t).isCloseTo(expected, within(1e-10 * expected + 1e-15));
        }
    }

    @Test
    void dunnettIsBetweenTheSingleTestAndBonferroni() {
        DunnettDistribution d = new DunnettDistribution(new int[] { 10, 10, 10 }, 10, 36);
        double single = Probabilities.tTwoSided(2.4, 36);
        assertThat(d.upper(2.4)).isGreaterThan(single).isLessThan(3 * single);
        assertThat(d.upper(d.critical(0.05))).isCloseTo(0.05, within(1e-10));
    }

    @Test
    void gaussLegendreIntegratesPolynomialsExactly() {
        GaussLegendre g = new GaussLegendre(16);
        double[] x = g.nodes();
        double[] w = g.weights();
        assertThat(Arrays.stream(w).sum()).isCloseTo(2, within(1e-14));
        double integral = 0;
        for (int i = 0; i < x.length; i++) {
            integral += w[i] * Math.pow(x[i], 30);
        }
        assertThat(integral).isCloseTo(2.0 / 31, within(1e-14));
    }

    @Test
    void jacobiFindsTheEigenvalues() {
        double[][] a = { { 4, 1, 0 }, { 1, 3, 1 }, { 0, 1, 2 } };
        double[] ev = Matrices.symmetricEigenvalues(a);
        Arrays.sort(ev);
        assertThat(ev[0]).isCloseTo(3 - Math.sqrt(3), within(1e-12));
        assertThat(ev[1]).isCloseTo(3, within(1e-12));
        assertThat(ev[2]).isCloseTo(3 + Math.sqrt(3), within(1e-12));
    }

    @Test
    void balancedTypeIIIEqualsTheClassicalSumsOfSquares() {
        double[][][] cells = { { { 1, 2, 4 }, { 5, 6, 9 } }, { { 2, 2, 3 }, { 9, 12, 11 } } };
        int n = 12;
        int[] a = new int[n];
        int[] b = new int[n];
        double[] y = new double[n];
        int k = 0;
        double grand = 0;
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (double v : cells[i][j]) {
                    a[k] = i;
                    b[k] = j;
                    y[k++] = v;
                    grand += v / n;
                }
            }
        }
        double ssA = 0;
        double ssB = 0;
        for (int i = 0; i < 2; i++) {
            double mi = (sum(cells[i][0]) + sum(cells[i][1])) / 6;
            double mj = (sum(cells[0][i]) + sum(cells[1][i])) / 6;
            ssA += 6 * (mi - grand) * (mi - grand);
            ssB += 6 * (mj - grand) * (mj - grand);
        }
        TwoWay m = TwoWay.fit(a, b, y, 2, 2);
        assertThat(m.ssA()).isCloseTo(ssA, within(1e-12));
        assertThat(m.ssB()).isCloseTo(ssB, within(1e-12));
        assertThat(m.dfError()).isEqualTo(8);
    }

    @Test
    void exactRankDistributionsSumToOneAndAreSymmetric() {
        RankSumDistribution w = new RankSumDistribution(4, 6);
        assertThat(w.cdf(24)).isEqualTo(1);
        assertThat(w.cdf(3)).isCloseTo(w.upper(21), within(1e-15));
        assertThat(w.cdf(0)).isCloseTo(1.0 / 210, within(1e-15));
        SignedRankDistribution v = new SignedRankDistribution(10);
        assertThat(v.cdf(55)).isEqualTo(1);
        assertThat(v.cdf(0)).isCloseTo(1.0 / 1024, within(1e-15));
        assertThat(v.cdf(10)).isCloseTo(v.upper(45), within(1e-15));
    }

    private static double sum(double[] v) {
        return Arrays.stream(v).sum();
    }
}
