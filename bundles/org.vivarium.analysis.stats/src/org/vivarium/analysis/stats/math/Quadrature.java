package org.vivarium.analysis.stats.math;

import java.util.PriorityQueue;
import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Gauss-Kronrod quadrature (7/15 points): the interval with the largest error estimate is bisected until
 * the total estimated error is below the tolerance (globally adaptive, as QUADPACK's QAG).
 */
public final class Quadrature {

    private static final double[] XK = { 0.991455371120812639206854697526329, 0.949107912342758524526189684047851,
        0.864864423359769072789712788640926, 0.741531185599394439863864773280788, 0.586087235467691130294144845693013,
        0.405845151377397166906606412076961, 0.207784955007898467600689403773245, 0.0 };
    private static final double[] WK = { 0.022935322010529224963732008058970, 0.063092092629978553290700663189204,
        0.104790010322250183839876322541518, 0.140653259715525918745189590510238, 0.169004726639267902826583426598550,
        0.190350578064785409913256402421014, 0.204432940075298892414161999234649, 0.209482141084727828012999174891714 };
    private static final double[] WG = { 0.129484966168869693270611432679082, 0.279705391489276667901467771423780,
        0.381830050505118944950369775488975, 0.417959183673469387755102040816327 };
    private static final int MAX_INTERVALS = 2000;

    private Quadrature() {
    }

    private record Piece(double a, double b, double value, double error) {
    }

    /** The integral of f over [a, b] to the given relative (or absolute) tolerance. */
    public static double integrate(DoubleUnaryOperator f, double a, double b, double relTol, double absTol) {
        PriorityQueue<Piece> pieces = new PriorityQueue<>((p, q) -> Double.compare(q.error, p.error));
        Piece first = rule(f, a, b);
        pieces.add(first);
        double value = first.value;
        double error = first.error;
        while (error > Math.max(absTol, relTol * Math.abs(value)) && pieces.size() < MAX_INTERVALS) {
            Piece worst = pieces.poll();
            double mid = 0.5 * (worst.a + worst.b);
            Piece left = rule(f, worst.a, mid);
            Piece right = rule(f, mid, worst.b);
            pieces.add(left);
            pieces.add(right);
            value = 0;
            error = 0;
            for (Piece p : pieces) {
                value += p.value;
                error += p.error;
            }
        }
        return value;
    }

    private static Piece rule(DoubleUnaryOperator f, double a, double b) {
        double centre = 0.5 * (a + b);
        double half = 0.5 * (b - a);
        double fc = f.applyAsDouble(centre);
        double kronrod = fc * WK[7];
        double gauss = fc * WG[3];
        for (int j = 0; j < 7; j++) {
            double dx = half * XK[j];
            double f1 = f.applyAsDouble(centre - dx);
            double f2 = f.applyAsDouble(centre + dx);
            kronrod += WK[j] * (f1 + f2);
            if (j % 2 == 1) {
                gauss += WG[j / 2] * (f1 + f2);
            }
        }
        double value = kronrod * half;
        double error = Math.abs((kronrod - gauss) * half);
        return new Piece(a, b, value, error);
    }
}
