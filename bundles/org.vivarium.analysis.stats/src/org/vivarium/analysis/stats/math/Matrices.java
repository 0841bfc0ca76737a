package org.vivarium.analysis.stats.math;

/** The little dense linear algebra the analyses need: Cholesky solves and symmetric eigenvalues (Jacobi). */
public final class Matrices {

    private Matrices() {
    }

    /** Solves A x = b for symmetric positive definite A by Cholesky decomposition. */
    public static double[] solveSpd(double[][] a, double[] b) {
        int n = b.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j <= i; j++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                if (i == j) {
                    if (s <= 0) {
                        throw new ArithmeticException("matrix is not positive definite");
                    }
                    l[i][i] = Math.sqrt(s);
                } else {
                    l[i][j] = s / l[j][j];
                }
            }
        }
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            double s = b[i];
            for (int k = 0; k < i; k++) {
                s -= l[i][k] * y[k];
            }
            y[i] = s / l[i][i];
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = y[i];
            for (int k = i + 1; k < n; k++) {
                s -= l[k][i] * x[k];
            }
            x[i] = s / l[i][i];
        }
        return x;
    }

    /** The quadratic form b' A^-1 b for symmetric positive definite A. */
    public static double quadraticFormInverse(double[][] a, double[] b) {
        double[] x = solveSpd(a, b);
        double s = 0;
        for (int i = 0; i < b.length; i++) {
            s += b[i] * x[i];
        }
        return s;
    }

    /** Eigenvalues of a symmetric matrix (cyclic Jacobi rotations). */
    public static double[] symmetricEigenvalues(double[][] matrix) {
        int n = matrix.length;
        double[][] a = new double[n][];
        for (int i = 0; i < n; i++) {
            a[i] = matrix[i].clone();
        }
        for (int sweep = 0; sweep < 100; sweep++) {
            double off = 0;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    off += a[i][j] * a[i][j];
                }
            }
            if (off < 1e-30) {
                break;
            }
            for (int p = 0; p < n; p++) {
                for (int q = p + 1; q < n; q++) {
                    if (a[p][q] == 0) {
                        continue;
                    }
                    double theta = (a[q][q] - a[p][p]) / (2 * a[p][q]);
                    double t = Math.signum(theta) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
                    if (theta == 0) {
                        t = 1;
                    }
                    double c = 1 / Math.sqrt(t * t + 1);
                    double s = t * c;
                    for (int k = 0; k < n; k++) {
                        double akp = a[k][p];
                        double akq = a[k][q];
                        a[k][p] = c * akp - s * akq;
                        a[k][q] = s * akp + c * akq;
                    }
                    for (int k = 0; k < n; k++) {
                        double apk = a[p][k];
                        double aqk = a[q][k];
                        a[p][k] = c * apk - s * aqk;
                        a[q][k] = s * apk + c * aqk;
                    }
                }
            }
        }
        double[] ev = new double[n];
        for (int i = 0; i < n; i++) {
            ev[i] = a[i][i];
        }
        return ev;
    }

    /**
     * Orthonormal contrasts of p repeated measures (normalised Helmert): p x (p-1), columns orthogonal to the
     * constant and to each other, each of unit length.
     */
    public static double[][] helmert(int p) {
        double[][] c = new double[p][p - 1];
        for (int j = 1; j < p; j++) {
            double norm = Math.sqrt(j * (j + 1.0));
            for (int i = 0; i < j; i++) {
                c[i][j - 1] = 1 / norm;
            }
            c[j][j - 1] = -j / norm;
        }
        return c;
    }
}
