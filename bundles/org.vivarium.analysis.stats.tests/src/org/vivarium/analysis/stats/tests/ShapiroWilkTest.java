package org.vivarium.analysis.stats.tests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.vivarium.analysis.stats.math.Levene;
import org.vivarium.analysis.stats.math.ShapiroWilk;

/**
 * Shapiro-Wilk against R's shapiro.test over the whole range of n (r/shapiro.tsv, written by r/reference.R), and the
 * edges of Shapiro-Wilk and Levene.
 */
class ShapiroWilkTest {

    @Test
    void agreesWithRsShapiroTestFromThreeTo5000Values() throws IOException {
        List<String> lines = Fixtures.lines("r/shapiro.tsv").stream().filter(l -> !l.startsWith("#")).toList();
        assertThat(lines).hasSize(13);
        for (String line : lines) {
            String[] f = line.split("\t");
            double[] x = Arrays.stream(f[3].split(",")).mapToDouble(Double::parseDouble).toArray();
            assertThat(x).hasSize(Integer.parseInt(f[0]));
            double w = Double.parseDouble(f[1]);
            double p = Double.parseDouble(f[2]);
            ShapiroWilk s = ShapiroWilk.test(x);
            assertThat(s.w()).as("W, n = " + x.length).isCloseTo(w, within(1e-8 * w));
            assertThat(s.p()).as("p, n = " + x.length).isCloseTo(p, within(1e-8 * p));
        }
    }

    @Test
    void theOrderOfTheValuesDoesNotMatterAndAPerfectlyNormalSampleScoresHigh() {
        double[] x = { 3.1, -0.4, 2.2, 0.9, 1.7, -1.2, 0.3, 2.8 };
        double[] reversed = x.clone();
        Arrays.sort(reversed);
        ShapiroWilk a = ShapiroWilk.test(x);
        ShapiroWilk b = ShapiroWilk.test(new double[] { 2.8, 0.3, -1.2, 1.7, 0.9, 2.2, -0.4, 3.1 });
        assertThat(a).isEqualTo(b);
        ShapiroWilk skewed = ShapiroWilk.test(new double[] { 1, 1, 1, 1, 1, 1, 1, 1, 1, 50 });
        assertThat(skewed.p()).isLessThan(0.001);
        assertThat(a.p()).isGreaterThan(0.5);
    }

    @Test
    void refusesTooFewTooManyAndIdenticalValues() {
        assertThatThrownBy(() -> ShapiroWilk.test(new double[] { 1, 2 }))
                .hasMessage("Shapiro-Wilk needs 3 to 5000 values, got 2");
        assertThatThrownBy(() -> ShapiroWilk.test(new double[5001]))
                .hasMessage("Shapiro-Wilk needs 3 to 5000 values, got 5001");
        assertThatThrownBy(() -> ShapiroWilk.test(new double[] { 4, 4, 4, 4 }))
                .hasMessage("Shapiro-Wilk: all values are identical");
        assertThatThrownBy(() -> ShapiroWilk.test(new double[] { 1, 2, Double.NaN }))
                .hasMessage("Shapiro-Wilk: the values must be finite");
    }

    @Test
    void leveneCentresOnTheMediansNotTheMeans() {
        // the same spread about different centres: the absolute deviations from the medians are identical
        double[][] g = { { 1, 2, 3, 4, 5 }, { 11, 12, 13, 14, 15 }, { 21, 22, 23, 24, 25 } };
        Levene l = Levene.test(g);
        assertThat(l.f()).isZero();
        assertThat(l.p()).isEqualTo(1);
        assertThat(l.df1()).isEqualTo(2);
        assertThat(l.df2()).isEqualTo(12);
        assertThat(Levene.median(new double[] { 4, 1, 3, 2 })).isEqualTo(2.5);
        assertThatThrownBy(() -> Levene.test(new double[][] { { 1, 3 }, { 5, 7 } }))
                .hasMessageContaining("do not vary within the groups");
    }
}
