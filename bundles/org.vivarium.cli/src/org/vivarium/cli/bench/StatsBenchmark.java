package org.vivarium.cli.bench;

import java.io.PrintStream;
import java.util.SplittableRandom;

import org.vivarium.analysis.stats.math.Probabilities;
import org.vivarium.analysis.stats.math.TwoWay;

/**
 * {@code bench stats}: a two-way (treatment x time) ANOVA with Type III sums of squares on 2,000,000 generated
 * observations (4 arms x 6 timepoints, unbalanced cells), next to two baselines run in the same process on the same
 * arrays: a plain pass over the data (summing the values: the least any analysis must do) and the textbook
 * one-pass computation (cell sums and sums of squares; fast but numerically unstable).
 */
public final class StatsBenchmark implements Benchmark {

    private static final int N = 2_000_000;
    private static final int ARMS = 4;
    private static final int TIMES = 6;
    private static final int ROUNDS = 7;
    private static final double GOAL_SECONDS = 0.5;

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String description() {
        return "two-way (treatment x time) ANOVA, Type III, on 2,000,000 observations vs a plain pass over the data";
    }

    @Override
    public boolean run(PrintStream out, boolean quick) {
        int n = quick ? N / 10 : N;
        int[] arm = new int[n];
        int[] time = new int[n];
        double[] y = new double[n];
        SplittableRandom random = new SplittableRandom(42);
        double[][] effect = { { 0, 0, 0, 0, 0, 0 }, { -45, -40, -20, -8, -2, 0 }, { -3, -4, -3, -3, -2, -2 },
            { -50, -55, -52, -48, -45, -40 } };
        for (int i = 0; i < n; i++) {
            arm[i] = random.nextInt(ARMS);
            time[i] = random.nextInt(TIMES);
            y[i] = 150 + effect[arm[i]][time[i]] + 22 * gaussian(random);
        }
        double[] sink = new double[1];
        double ours = best(() -> sink[0] += anova(arm, time, y));
        double plain = best(() -> sink[0] += plainPass(y));
        double naive = best(() -> sink[0] += naiveOnePass(arm, time, y));
        TwoWay fit = TwoWay.fit(arm, time, y, ARMS, TIMES);
        out.printf("data: %,d observations, %d arms x %d timepoints (cells of %,d to %,d); best of %d runs%n", n, ARMS,
                TIMES, minCell(fit), maxCell(fit), ROUNDS);
        out.printf("%-52s %10s %10s%n", "", "time", "ratio");
        out.printf("%-52s %8.1f ms %9.1fx%n", "two-way ANOVA, Type III (Vivarium, two-pass)", ours * 1e3, ours / plain);
        out.printf("%-52s %8.1f ms %9.1fx%n", "baseline: plain pass over the data (sum)", plain * 1e3, 1.0);
        out.printf("%-52s %8.1f ms %9.1fx%n", "baseline: textbook one-pass sums of squares", naive * 1e3,
                naive / plain);
        out.printf("F(arm) = %.2f, F(time) = %.2f, F(arm:time) = %.2f on %,.0f residual df%n",
                fit.ssA() / 3 / fit.mse(), fit.ssB() / 5 / fit.mse(), fit.ssAB() / 15 / fit.mse(), fit.dfError());
        boolean met = ours < GOAL_SECONDS;
        out.printf("goal (under %.1f s for %,d observations): %s (checksum %.3g)%n", GOAL_SECONDS, n,
                met ? "met" : "NOT met", sink[0]);
        return met;
    }

    private static double anova(int[] arm, int[] time, double[] y) {
        TwoWay m = TwoWay.fit(arm, time, y, ARMS, TIMES);
        double ssA = m.ssA();
        double ssB = m.ssB();
        double ssAB = m.ssAB();
        double df = m.dfError();
        return Probabilities.fUpper(ssA / (ARMS - 1) / m.mse(), ARMS - 1, df)
                + Probabilities.fUpper(ssB / (TIMES - 1) / m.mse(), TIMES - 1, df)
                + Probabilities.fUpper(ssAB / ((ARMS - 1) * (TIMES - 1)) / m.mse(), (ARMS - 1) * (TIMES - 1), df);
    }

    private static double plainPass(double[] y) {
        double s = 0;
        for (double v : y) {
            s += v;
        }
        return s;
    }

    private static double naiveOnePass(int[] arm, int[] time, double[] y) {
        double[] sum = new double[ARMS * TIMES];
        double[] count = new double[ARMS * TIMES];
        double squares = 0;
        for (int i = 0; i < y.length; i++) {
            int c = arm[i] * TIMES + time[i];
            sum[c] += y[i];
            count[c]++;
            squares += y[i] * y[i];
        }
        double sse = squares;
        for (int c = 0; c < sum.length; c++) {
            sse -= sum[c] * sum[c] / count[c];
        }
        return sse;
    }

    private static double best(Runnable r) {
        double best = Double.MAX_VALUE;
        for (int i = 0; i < ROUNDS; i++) {
            long t0 = System.nanoTime();
            r.run();
            best = Math.min(best, (System.nanoTime() - t0) / 1e9);
        }
        return best;
    }

    private static long minCell(TwoWay m) {
        long min = Long.MAX_VALUE;
        for (int i = 0; i < ARMS; i++) {
            for (int j = 0; j < TIMES; j++) {
                min = Math.min(min, m.cellN(i, j));
            }
        }
        return min;
    }

    private static long maxCell(TwoWay m) {
        long max = 0;
        for (int i = 0; i < ARMS; i++) {
            for (int j = 0; j < TIMES; j++) {
                max = Math.max(max, m.cellN(i, j));
            }
        }
        return max;
    }

    /** A standard normal deviate (Marsaglia polar method). */
    private static double gaussian(SplittableRandom r) {
        while (true) {
            double u = 2 * r.nextDouble() - 1;
            double v = 2 * r.nextDouble() - 1;
            double s = u * u + v * v;
            if (s > 0 && s < 1) {
                return u * Math.sqrt(-2 * Math.log(s) / s);
            }
        }
    }
}
