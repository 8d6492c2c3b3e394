package io.dip.controllers.design;

/**
 * Solves the continuous Lyapunov equation {@code Aᵀ·X + X·A + C = 0} for X by writing it as the n²-dimensional
 * linear system {@code (I⊗Aᵀ + Aᵀ⊗I)·vec(X) = −vec(C)} and solving that by LU. Unique when no two eigenvalues of
 * A sum to zero (in particular when A is Hurwitz, then X is the controllability-style integral
 * {@code ∫ e^{Aᵀt} C e^{At} dt}). For the small systems of controller design only.
 */
final class LyapunovSolver {

    private LyapunovSolver() {
    }

    /**
     * @param a the n × n matrix A
     * @param c the n × n matrix C
     * @return X
     * @throws ArithmeticException when the equation is singular
     */
    static double[][] solve(double[][] a, double[][] c) {
        int n = a.length;
        int size = n * n;
        double[][] system = new double[size][size];
        double[][] rhs = new double[size][1];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                int row = i * n + j;
                rhs[row][0] = -c[i][j];
                for (int k = 0; k < n; k++) {
                    system[row][k * n + j] += a[k][i];
                    system[row][i * n + k] += a[k][j];
                }
            }
        }
        LuDecomposition lu = new LuDecomposition(system);
        if (lu.isSingular()) {
            throw new ArithmeticException("singular Lyapunov equation");
        }
        double[][] solution = lu.solve(rhs);
        double[][] x = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                x[i][j] = solution[i * n + j][0];
            }
        }
        return x;
    }
}
