package io.dip.controllers.design;

/**
 * Small dense-matrix operations on {@code double[rows][columns]} for design-time computations (they allocate).
 */
final class DenseMatrix {

    private DenseMatrix() {
    }

    /** @return the n × n identity */
    static double[][] identity(int n) {
        double[][] out = new double[n][n];
        for (int i = 0; i < n; i++) {
            out[i][i] = 1.0;
        }
        return out;
    }

    /** @return a deep copy of {@code a} */
    static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }

    /** @return A·B */
    static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        int inner = b.length;
        int m = b[0].length;
        double[][] out = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inner; k++) {
                double aik = a[i][k];
                for (int j = 0; j < m; j++) {
                    out[i][j] += aik * b[k][j];
                }
            }
        }
        return out;
    }

    /** @return Aᵀ */
    static double[][] transpose(double[][] a) {
        double[][] out = new double[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[j][i] = a[i][j];
            }
        }
        return out;
    }

    /** @return α·A + β·B */
    static double[][] combine(double alpha, double[][] a, double beta, double[][] b) {
        double[][] out = new double[a.length][a[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                out[i][j] = alpha * a[i][j] + beta * b[i][j];
            }
        }
        return out;
    }

    /** @return ½(A + Aᵀ) */
    static double[][] symmetricPart(double[][] a) {
        return combine(0.5, a, 0.5, transpose(a));
    }

    /** @return the induced 1-norm, max over columns of Σ|a_ij| */
    static double norm1(double[][] a) {
        double largest = 0.0;
        for (int j = 0; j < a[0].length; j++) {
            double sum = 0.0;
            for (double[] row : a) {
                sum += Math.abs(row[j]);
            }
            largest = Math.max(largest, sum);
        }
        return largest;
    }

    /** @return true when every entry is finite */
    static boolean isFinite(double[][] a) {
        for (double[] row : a) {
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Least-squares solution of an overdetermined system by Householder QR.
     *
     * @param a m × n with m ≥ n and full column rank (not modified)
     * @param b m × k right-hand sides (not modified)
     * @return the n × k matrix X minimising ‖A·X − B‖ column by column
     * @throws ArithmeticException when A is rank deficient
     */
    static double[][] leastSquares(double[][] a, double[][] b) {
        int m = a.length;
        int n = a[0].length;
        int k = b[0].length;
        double[][] r = copy(a);
        double[][] y = copy(b);
        double scale = norm1(a);
        for (int col = 0; col < n; col++) {
            double norm = 0.0;
            for (int i = col; i < m; i++) {
                norm = Math.hypot(norm, r[i][col]);
            }
            if (norm <= 1e-14 * scale) {
                throw new ArithmeticException("rank-deficient least-squares problem");
            }
            double alpha = r[col][col] > 0 ? -norm : norm;
            double[] v = new double[m];
            v[col] = r[col][col] - alpha;
            for (int i = col + 1; i < m; i++) {
                v[i] = r[i][col];
            }
            double vv = 0.0;
            for (int i = col; i < m; i++) {
                vv += v[i] * v[i];
            }
            reflect(v, vv, col, r, col, n);
            reflect(v, vv, col, y, 0, k);
        }
        double[][] x = new double[n][k];
        for (int j = 0; j < k; j++) {
            for (int i = n - 1; i >= 0; i--) {
                double sum = y[i][j];
                for (int l = i + 1; l < n; l++) {
                    sum -= r[i][l] * x[l][j];
                }
                x[i][j] = sum / r[i][i];
            }
        }
        return x;
    }

    /** Applies the Householder reflection I − 2vvᵀ/(vᵀv) to columns [from, to) of rows [first, m) of {@code target}. */
    private static void reflect(double[] v, double vv, int first, double[][] target, int from, int to) {
        for (int j = from; j < to; j++) {
            double dot = 0.0;
            for (int i = first; i < target.length; i++) {
                dot += v[i] * target[i][j];
            }
            double factor = 2.0 * dot / vv;
            for (int i = first; i < target.length; i++) {
                target[i][j] -= factor * v[i];
            }
        }
    }
}
