package org.vivarium.analysis.stats.math;

/** Gauss-Legendre nodes and weights on [-1, 1], computed by Newton's method on the Legendre polynomial. */
public final class GaussLegendre {

    private final double[] nodes;
    private final double[] weights;

    /** The n-point rule; {@link #nodes()} ascending. */
    public GaussLegendre(int n) {
        nodes = new double[n];
        weights = new double[n];
        for (int i = 0; i < (n + 1) / 2; i++) {
            double x = Math.cos(Math.PI * (i + 0.75) / (n + 0.5));
            double derivative = 0;
            for (int iter = 0; iter < 100; iter++) {
                double p0 = 1;
                double p1 = x;
                for (int k = 2; k <= n; k++) {
                    double p2 = ((2 * k - 1) * x * p1 - (k - 1) * p0) / k;
                    p0 = p1;
                    p1 = p2;
                }
                derivative = n * (x * p1 - p0) / (x * x - 1);
                double dx = p1 / derivative;
                x -= dx;
                if (Math.abs(dx) < 1e-16) {
                    break;
                }
            }
            double w = 2 / ((1 - x * x) * derivative * derivative);
            nodes[i] = -x;
            nodes[n - 1 - i] = x;
            weights[i] = w;
            weights[n - 1 - i] = w;
        }
    }

    public double[] nodes() {
        return nodes.clone();
    }

    public double[] weights() {
        return weights.clone();
    }

    /** The positive nodes, largest first (the layout of the classical tables). */
    public double[] positiveNodesDescending() {
        int h = nodes.length / 2;
        double[] out = new double[h];
        for (int i = 0; i < h; i++) {
            out[i] = nodes[nodes.length - 1 - i];
        }
        return out;
    }

    /** The weights of {@link #positiveNodesDescending()}. */
    public double[] positiveWeightsDescending() {
        int h = nodes.length / 2;
        double[] out = new double[h];
        for (int i = 0; i < h; i++) {
            out[i] = weights[nodes.length - 1 - i];
        }
        return out;
    }
}
