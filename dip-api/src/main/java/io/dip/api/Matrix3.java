package io.dip.api;

/**
 * Allocation-free linear algebra on 3×3 row-major matrices, for mass-matrix solves on the hot path.
 */
public final class Matrix3 {

    private Matrix3() {
    }

    /**
     * Solves {@code A·y = b} by Gaussian elimination with partial pivoting (the LU solve of numerical libraries).
     *
     * @param a   row-major 3×3 matrix (length 9), not modified
     * @param b   right-hand side (length 3), not modified
     * @param out receives y (length 3); may be {@code b}
     */
    public static void solve(double[] a, double[] b, double[] out) {
        double a00 = a[0], a01 = a[1], a02 = a[2];
        double a10 = a[3], a11 = a[4], a12 = a[5];
        double a20 = a[6], a21 = a[7], a22 = a[8];
        double b0 = b[0], b1 = b[1], b2 = b[2];
        double t;
        // pivot column 0
        if (Math.abs(a10) > Math.abs(a00) && Math.abs(a10) >= Math.abs(a20)) {
            t = a00; a00 = a10; a10 = t; t = a01; a01 = a11; a11 = t; t = a02; a02 = a12; a12 = t;
            t = b0; b0 = b1; b1 = t;
        } else if (Math.abs(a20) > Math.abs(a00)) {
            t = a00; a00 = a20; a20 = t; t = a01; a01 = a21; a21 = t; t = a02; a02 = a22; a22 = t;
            t = b0; b0 = b2; b2 = t;
        }
        double l10 = a10 / a00;
        double l20 = a20 / a00;
        a11 -= l10 * a01; a12 -= l10 * a02; b1 -= l10 * b0;
        a21 -= l20 * a01; a22 -= l20 * a02; b2 -= l20 * b0;
        // pivot column 1
        if (Math.abs(a21) > Math.abs(a11)) {
            t = a11; a11 = a21; a21 = t; t = a12; a12 = a22; a22 = t;
            t = b1; b1 = b2; b2 = t;
        }
        double l21 = a21 / a11;
        a22 -= l21 * a12; b2 -= l21 * b1;
        double y2 = b2 / a22;
        double y1 = (b1 - a12 * y2) / a11;
        double y0 = (b0 - a01 * y1 - a02 * y2) / a00;
        out[0] = y0;
        out[1] = y1;
        out[2] = y2;
    }

    /**
     * Solves {@code A·y = b} for a symmetric positive-definite A (a mass matrix) by the LDLᵀ factorisation
     * {@code A = L·D·Lᵀ}, L unit lower triangular, D diagonal &gt; 0: no pivoting is needed, only the lower triangle
     * is read, and the method is small enough for the JIT to inline on the hot path.
     *
     * @param a   row-major 3×3 symmetric positive-definite matrix (length 9), not modified
     * @param b   right-hand side (length 3), not modified
     * @param out receives y (length 3); may be {@code b}
     */
    public static void solveSymmetricPositiveDefinite(double[] a, double[] b, double[] out) {
        double d0 = a[0];
        double l10 = a[3] / d0;
        double l20 = a[6] / d0;
        double d1 = a[4] - l10 * a[3];
        double l21 = (a[7] - l20 * a[3]) / d1;
        double d2 = a[8] - l20 * a[6] - l21 * l21 * d1;
        double z0 = b[0];
        double z1 = b[1] - l10 * z0;
        double z2 = b[2] - l20 * z0 - l21 * z1;
        double y2 = z2 / d2;
        double y1 = z1 / d1 - l21 * y2;
        double y0 = z0 / d0 - l10 * y1 - l20 * y2;
        out[0] = y0;
        out[1] = y1;
        out[2] = y2;
    }
}
