package org.vivarium.analysis.stats.math;

import java.util.Arrays;

/** Mid-ranks (ties get the mean of their ranks) and the tie term used by rank tests. */
public final class Ranks {

    private final double[] ranks;
    private final double tieSum;
    private final boolean ties;

    private Ranks(double[] ranks, double tieSum, boolean ties) {
        this.ranks = ranks;
        this.tieSum = tieSum;
        this.ties = ties;
    }

    /** Ranks 1..n of the values (ties: mid-ranks). */
    public static Ranks of(double[] values) {
        int n = values.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
        double[] r = new double[n];
        double tieSum = 0;
        boolean ties = false;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
                j++;
            }
            double mid = (i + j) / 2.0 + 1;
            for (int k = i; k <= j; k++) {
                r[order[k]] = mid;
            }
            double t = j - i + 1;
            if (t > 1) {
                ties = true;
                tieSum += t * t * t - t;
            }
            i = j + 1;
        }
        return new Ranks(r, tieSum, ties);
    }

    public double[] ranks() {
        return ranks.clone();
    }

    public double rank(int i) {
        return ranks[i];
    }

    /** Sum over tie groups of t^3 - t. */
    public double tieSum() {
        return tieSum;
    }

    public boolean hasTies() {
        return ties;
    }
}
