package org.vivarium.core.tests.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.vivarium.core.audit.internal.Json;

/**
 * Numbers in the trail are written as Java prints them (whole numbers without a fraction): a value's text, and so the
 * hash of its entry, must not depend on how fast it was written. Checked against {@link Double#toString} over values of
 * every kind a lab has, and any bits at all.
 */
class JsonNumbersTest {

    private static String expected(double v) {
        if (!Double.isFinite(v)) {
            return "\"" + v + "\"";
        }
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String written(double v) {
        return Json.number(new StringBuilder(), v).toString();
    }

    @Test
    void fewDecimalValuesReadAsJavaPrintsThem() {
        SplittableRandom random = new SplittableRandom(42);
        for (int i = 0; i < 300_000; i++) {
            long scale = (long) Math.pow(10, 1 + random.nextInt(4)); // up to 4 decimals: the fast way takes 3
            long units = random.nextLong((long) Math.pow(10, 1 + random.nextInt(11)));
            double v = (random.nextBoolean() ? -1 : 1) * (double) units / scale;
            assertThat(written(v)).as("%s", v).isEqualTo(expected(v));
        }
    }

    @Test
    void anyValueReadsAsJavaPrintsIt() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 300_000; i++) {
            double v = i % 2 == 0 ? Double.longBitsToDouble(random.nextLong())
                    : random.nextDouble() * Math.pow(10, random.nextInt(-5, 9));
            assertThat(written(v)).as("%s", v).isEqualTo(expected(v));
        }
    }

    @Test
    void theEdgesOfPlainDecimals() {
        for (double v : new double[] {0.001, 0.0009999, 0.00099, 0.05, -0.05, 0.1 + 0.2, 9_999_999.999, 9_999_999.5,
                1e7 + 0.5, 1e-3 + 1e-12, 712.3, 100.01, 5e-324, Double.MAX_VALUE, -0.0, 0.0, Double.NaN,
                Double.NEGATIVE_INFINITY, 1e15 + 0.5, 123_456.789}) {
            assertThat(written(v)).as("%s", v).isEqualTo(expected(v));
        }
    }
}
