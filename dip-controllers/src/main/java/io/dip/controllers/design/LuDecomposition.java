package io.dip.controllers.design;

/**
 * LU decomposition with partial pivoting of a dense square matrix, {@code P·A = L·U}: solves, inverts and gives
 * log |det A|. Used at design time only (it allocates).
 */
final class LuDecomposition {

    private final double[][] lu;
    private final int[] pivot;
    private final boolean singular;

    /** @param a the square matrix to decompose (not modified) */
    LuDecomposition(double[][] a) {
        int n = a.length;
        lu = DenseMatrix.copy(a);
        pivot = new int[n];
        for (int i = 0; i < n; i++) {
            pivot[i] = i;
        }
        boolean isSingular = false;
        for (int k = 0; k < n; k++) {
            int p = k;
            double largest = Math.abs(lu[k][k]);
            for (int i = k + 1; i < n; i++) {
                double candidate = Math.abs(lu[i][k]);
                if (candidate > largest) {
                    largest = candidate;
                    p = i;
                }
            }
            if (p != k) {
                double[] row = lu[p];
                lu[p] = lu[k];
                lu[k] = row;
                int index = pivot[p];
                pivot[p] = pivot[k];
                pivot[k] = index;
            }
            if (largest == 0.0) {
                isSingular = true;
                continue;
            }
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i][k] / lu[k][k];
                lu[i][k] = factor;
                for (int j = k + 1; j < n; j++) {
                    lu[i][j] -= factor * lu[k][j];
                }
            }
        }
        singular = isSingular;
    }

    /** @return true when a pivot was exactly zero (the matrix is singular) */
    boolean isSingular() {
        return singular;
    }

    /** @return log |det A| (−∞ when singular) */
    double logAbsDeterminant() {
        double sum = 0.0;
        for (int i = 0; i < lu.length; i++) {
            sum += Math.log(Math.abs(lu[i][i]));
        }
        return sum;
    }

    /**
     * @param b right-hand sides (n × m), not modified
     * @return X with A·X = B
     * @throws ArithmeticException when A is singular
     */
    double[][] solve(double[][] b) {
        if (singular) {
            throw new ArithmeticException("singular matrix");
        }
        int n = lu.length;
        int m = b[0].length;
        double[][] x = new double[n][m];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b[pivot[i]], 0, x[i], 0, m);
        }
        for (int k = 0; k < n; k++) {
            for (int i = k + 1; i < n; i++) {
                double factor = lu[i][k];
                for (int j = 0; j < m; j++) {
                    x[i][j] -= factor * x[k][j];
                }
            }
        }
        for (int k = n - 1; k >= 0; k--) {
            for (int j = 0; j < m; j++) {
                x[k][j] /= lu[k][k];
            }
            for (int i = 0; i < k; i++) {
                double factor = lu[i][k];
                for (int j = 0; j < m; j++) {
                    x[i][j] -= factor * x[k][j];
                }
            }
        }
        return x;
    }

    /**
     * @return A⁻¹
     * @throws ArithmeticException when A is singular
     */
    double[][] inverse() {
        return solve(DenseMatrix.identity(lu.length));
    }
}
