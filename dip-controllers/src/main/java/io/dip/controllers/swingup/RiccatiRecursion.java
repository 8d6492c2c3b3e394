package io.dip.controllers.swingup;

import io.dip.api.StateIndex;

/**
 * The discrete-time Riccati recursion of a linear-quadratic regulator with one input, for design only. For
 * {@code δx⁺ = A·δx + b·δu} and the stage cost {@code δxᵀ·Q·δx + r·δu²} (Q diagonal), one step backwards from the
 * cost-to-go matrix P⁺ is
 *
 * <pre>
 *   s = r + bᵀ·P⁺·b,     K = (bᵀ·P⁺·A)/s,     P = Q + Aᵀ·P⁺·A − s·Kᵀ·K,     δu = −K·δx
 * </pre>
 *
 * (Anderson &amp; Moore, <i>Optimal Control: Linear Quadratic Methods</i>, 1990, §2.4). Matrices are 6×6 row-major
 * arrays.
 */
final class RiccatiRecursion {

    private static final int N = StateIndex.DIMENSION;
    private static final int MAX_ITERATIONS = 200_000;
    private static final double CONVERGED = 1e-10;

    private RiccatiRecursion() {
    }

    /**
     * One step of the recursion.
     *
     * @param a     A (36)
     * @param b     b (6)
     * @param q     diagonal of Q (6)
     * @param r     r &gt; 0
     * @param pNext P⁺ (36), symmetric
     * @param pOut  receives P (36); may not be {@code pNext}
     * @param kOut  receives K (6)
     */
    static void backstep(double[] a, double[] b, double[] q, double r, double[] pNext, double[] pOut, double[] kOut) {
        double[] pb = new double[N];
        double[] pa = new double[N * N];
        for (int i = 0; i < N; i++) {
            double sum = 0;
            for (int j = 0; j < N; j++) {
                sum += pNext[i * N + j] * b[j];
            }
            pb[i] = sum;
        }
        double s = r;
        for (int i = 0; i < N; i++) {
            s += b[i] * pb[i];
        }
        for (int j = 0; j < N; j++) {
            double sum = 0;
            for (int i = 0; i < N; i++) {
                sum += pb[i] * a[i * N + j];
            }
            kOut[j] = sum / s;
        }
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                double sum = 0;
                for (int m = 0; m < N; m++) {
                    sum += pNext[i * N + m] * a[m * N + j];
                }
                pa[i * N + j] = sum;
            }
        }
        for (int i = 0; i < N; i++) {
            for (int j = i; j < N; j++) {
                double sum = 0;
                for (int m = 0; m < N; m++) {
                    sum += a[m * N + i] * pa[m * N + j];
                }
                double value = sum - s * kOut[i] * kOut[j] + (i == j ? q[i] : 0.0);
                pOut[i * N + j] = value;
                pOut[j * N + i] = value;
            }
        }
    }

    /**
     * The stationary solution of the recursion (the discrete algebraic Riccati equation), iterated from P = Q.
     *
     * @param a    A (36)
     * @param b    b (6)
     * @param q    diagonal of Q (6)
     * @param r    r &gt; 0
     * @param pOut receives the stationary P (36)
     * @param kOut receives the stationary gain K (6)
     * @throws IllegalStateException when the recursion does not converge (the pair is not stabilisable)
     */
    static void stationary(double[] a, double[] b, double[] q, double r, double[] pOut, double[] kOut) {
        double[] p = new double[N * N];
        double[] next = new double[N * N];
        for (int i = 0; i < N; i++) {
            p[i * N + i] = q[i];
        }
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            backstep(a, b, q, r, p, next, kOut);
            double change = 0;
            double size = 0;
            for (int i = 0; i < N * N; i++) {
                change = Math.max(change, Math.abs(next[i] - p[i]));
                size = Math.max(size, Math.abs(next[i]));
            }
            double[] swap = p;
            p = next;
            next = swap;
            if (!Double.isFinite(size)) {
                break;
            }
            if (change <= CONVERGED * size) {
                System.arraycopy(p, 0, pOut, 0, N * N);
                return;
            }
        }
        throw new IllegalStateException("the discrete Riccati recursion did not converge");
    }
}
