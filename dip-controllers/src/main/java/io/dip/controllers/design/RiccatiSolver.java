package io.dip.controllers.design;

/**
 * Solves the continuous algebraic Riccati equation (CARE)
 *
 * <pre>
 *   Aᵀ·P + P·A − P·B·R⁻¹·Bᵀ·P + Q = 0
 * </pre>
 *
 * for its stabilising solution P (symmetric, positive semidefinite, with {@code A − B·R⁻¹·Bᵀ·P} Hurwitz), the
 * matrix of the infinite-horizon LQR cost {@code ∫ (xᵀQx + uᵀRu) dt}.
 *
 * <p>Method: the matrix sign function of the Hamiltonian {@code H = [[A, −G], [−Q, −Aᵀ]]}, {@code G = B·R⁻¹·Bᵀ},
 * by the scaled Newton iteration {@code Z ← ½(c·Z + Z⁻¹/c)}, {@code c = |det Z|^(−1/2n)} (Roberts 1971,
 * Byers 1987); P then solves the overdetermined system {@code [W12; W22 + I]·P = −[W11 + I; W21]} with
 * {@code W = sign(H)}. The result is polished by Newton–Kleinman iterations, each a Lyapunov solve
 * {@code (A − BK)ᵀX + X(A − BK) = −(Q + KᵀRK)}, {@code K = R⁻¹BᵀP}, which converge quadratically from the
 * stabilising gain the sign function gives.
 *
 * <p>Meant for the small systems of controller design (n ≤ 20); it allocates and runs once, at creation.
 */
public final class RiccatiSolver {

    private static final int MAX_SIGN_ITERATIONS = 100;
    private static final int MAX_NEWTON_ITERATIONS = 20;
    private static final double SIGN_TOLERANCE = 1e-12;
    private static final double UNSCALED_BELOW = 1e-2;
    private static final double RESIDUAL_TOLERANCE = 1e-9;

    private RiccatiSolver() {
    }

    /**
     * @param a the n × n state matrix
     * @param b the n × m input matrix
     * @param q the n × n state weight, symmetric positive semidefinite
     * @param r the m × m input weight, symmetric positive definite
     * @return the stabilising solution P (n × n, symmetric)
     * @throws IllegalArgumentException when the dimensions disagree, an entry is not finite, Q or R is not
     *                                  symmetric, R is not positive definite, or no stabilising solution
     *                                  exists ((A, B) not stabilisable or (A, Q) with modes on the imaginary axis)
     */
    public static double[][] solve(double[][] a, double[][] b, double[][] q, double[][] r) {
        int n = a.length;
        int m = b.length == 0 ? 0 : b[0].length;
        requireShape("A", a, n, n);
        requireShape("B", b, n, m);
        requireShape("Q", q, n, n);
        requireShape("R", r, m, m);
        requireSymmetric("Q", q);
        requireSymmetric("R", r);
        if (!isPositiveDefinite(r)) {
            throw new IllegalArgumentException("Riccati equation: R must be positive definite");
        }
        double[][] g = DenseMatrix.multiply(b, new LuDecomposition(r).solve(DenseMatrix.transpose(b)));
        g = DenseMatrix.symmetricPart(g);
        double[][] p = signFunctionSolution(a, g, q);
        return polishByNewtonKleinman(a, b, g, q, r, p);
    }

    /**
     * @return the residual {@code Aᵀ·P + P·A − P·G·P + Q} with {@code G = B·R⁻¹·Bᵀ}
     */
    static double[][] residual(double[][] a, double[][] g, double[][] q, double[][] p) {
        double[][] ap = DenseMatrix.multiply(DenseMatrix.transpose(a), p);
        double[][] pgp = DenseMatrix.multiply(p, DenseMatrix.multiply(g, p));
        double[][] out = DenseMatrix.combine(1.0, ap, 1.0, DenseMatrix.transpose(ap));
        out = DenseMatrix.combine(1.0, out, -1.0, pgp);
        return DenseMatrix.combine(1.0, out, 1.0, q);
    }

    private static double[][] signFunctionSolution(double[][] a, double[][] g, double[][] q) {
        int n = a.length;
        int size = 2 * n;
        double[][] z = new double[size][size];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                z[i][j] = a[i][j];
                z[i][j + n] = -g[i][j];
                z[i + n][j] = -q[i][j];
                z[i + n][j + n] = -a[j][i];
            }
        }
        boolean scaled = true;
        boolean converged = false;
        for (int iteration = 0; iteration < MAX_SIGN_ITERATIONS && !converged; iteration++) {
            LuDecomposition lu = new LuDecomposition(z);
            if (lu.isSingular()) {
                throw noStabilisingSolution();
            }
            double c = scaled ? Math.exp(-lu.logAbsDeterminant() / size) : 1.0;
            double[][] next = DenseMatrix.combine(0.5 * c, z, 0.5 / c, lu.inverse());
            if (!DenseMatrix.isFinite(next)) {
                throw noStabilisingSolution();
            }
            double change = DenseMatrix.norm1(DenseMatrix.combine(1.0, next, -1.0, z)) / DenseMatrix.norm1(next);
            z = next;
            scaled = change > UNSCALED_BELOW;
            converged = change <= SIGN_TOLERANCE;
        }
        if (!converged) {
            throw noStabilisingSolution();
        }
        double[][] lhs = new double[size][n];
        double[][] rhs = new double[size][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                lhs[i][j] = z[i][j + n];
                lhs[i + n][j] = z[i + n][j + n] + (i == j ? 1.0 : 0.0);
                rhs[i][j] = -(z[i][j] + (i == j ? 1.0 : 0.0));
                rhs[i + n][j] = -z[i + n][j];
            }
        }
        try {
            return DenseMatrix.symmetricPart(DenseMatrix.leastSquares(lhs, rhs));
        } catch (ArithmeticException e) {
            throw noStabilisingSolution();
        }
    }

    private static double[][] polishByNewtonKleinman(double[][] a, double[][] b, double[][] g, double[][] q,
                                                     double[][] r, double[][] start) {
        LuDecomposition rLu = new LuDecomposition(r);
        double[][] bt = DenseMatrix.transpose(b);
        double[][] best = start;
        double bestResidual = relativeResidual(a, g, q, start);
        double[][] p = start;
        for (int iteration = 0; iteration < MAX_NEWTON_ITERATIONS; iteration++) {
            double[][] k = rLu.solve(DenseMatrix.multiply(bt, p));
            double[][] closedLoop = DenseMatrix.combine(1.0, a, -1.0, DenseMatrix.multiply(b, k));
            double[][] cost = DenseMatrix.combine(1.0, q, 1.0,
                    DenseMatrix.multiply(DenseMatrix.transpose(k), DenseMatrix.multiply(r, k)));
            double[][] next;
            try {
                next = DenseMatrix.symmetricPart(LyapunovSolver.solve(closedLoop, cost));
            } catch (ArithmeticException e) {
                break;
            }
            double nextResidual = relativeResidual(a, g, q, next);
            if (!(nextResidual < bestResidual)) {
                break;
            }
            best = next;
            bestResidual = nextResidual;
            p = next;
        }
        if (!(bestResidual <= RESIDUAL_TOLERANCE) || !isPositiveSemidefinite(best)) {
            throw noStabilisingSolution();
        }
        return best;
    }

    /** @return ‖residual‖₁ / (‖Q‖₁ + 2‖A‖₁‖P‖₁ + ‖G‖₁‖P‖₁²), a scale-free measure of how well P solves the CARE */
    private static double relativeResidual(double[][] a, double[][] g, double[][] q, double[][] p) {
        double normP = DenseMatrix.norm1(p);
        double scale = DenseMatrix.norm1(q) + 2 * DenseMatrix.norm1(a) * normP + DenseMatrix.norm1(g) * normP * normP;
        double value = DenseMatrix.norm1(residual(a, g, q, p));
        return scale == 0.0 ? value : value / scale;
    }

    private static boolean isPositiveDefinite(double[][] a) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double diagonal = a[j][j];
            for (int k = 0; k < j; k++) {
                diagonal -= l[j][k] * l[j][k];
            }
            if (!(diagonal > 0)) {
                return false;
            }
            l[j][j] = Math.sqrt(diagonal);
            for (int i = j + 1; i < n; i++) {
                double sum = a[i][j];
                for (int k = 0; k < j; k++) {
                    sum -= l[i][k] * l[j][k];
                }
                l[i][j] = sum / l[j][j];
            }
        }
        return true;
    }

    private static boolean isPositiveSemidefinite(double[][] p) {
        double shift = 1e-10 * Math.max(DenseMatrix.norm1(p), Double.MIN_NORMAL);
        return isPositiveDefinite(DenseMatrix.combine(1.0, p, shift, DenseMatrix.identity(p.length)));
    }

    private static void requireShape(String name, double[][] m, int rows, int columns) {
        if (m.length != rows) {
            throw new IllegalArgumentException("Riccati equation: " + name + " must have " + rows + " rows, got "
                    + m.length);
        }
        for (double[] row : m) {
            if (row.length != columns) {
                throw new IllegalArgumentException("Riccati equation: " + name + " must have " + columns
                        + " columns, got " + row.length);
            }
            for (double v : row) {
                if (!Double.isFinite(v)) {
                    throw new IllegalArgumentException("Riccati equation: " + name + " has a non-finite entry " + v);
                }
            }
        }
    }

    private static void requireSymmetric(String name, double[][] m) {
        double tolerance = 1e-12 * Math.max(1.0, DenseMatrix.norm1(m));
        for (int i = 0; i < m.length; i++) {
            for (int j = 0; j < i; j++) {
                if (Math.abs(m[i][j] - m[j][i]) > tolerance) {
                    throw new IllegalArgumentException("Riccati equation: " + name + " must be symmetric, but "
                            + name + "[" + i + "][" + j + "] = " + m[i][j] + " and " + name + "[" + j + "][" + i
                            + "] = " + m[j][i]);
                }
            }
        }
    }

    private static IllegalArgumentException noStabilisingSolution() {
        return new IllegalArgumentException("Riccati equation has no stabilising solution: (A, B) must be "
                + "stabilisable and (A, Q) free of unobservable modes on the imaginary axis");
    }
}
