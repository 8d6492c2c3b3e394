package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The 3×3 solves against solutions computed by hand and by Cramer's rule. */
class Matrix3Test {

    @Test
    void solvesAKnownSystem() {
        // 2y0 + y1 − y2 = 8; −3y0 − y1 + 2y2 = −11; −2y0 + y1 + 2y2 = −3  →  y = (2, 3, −1)
        double[] a = {2, 1, -1, -3, -1, 2, -2, 1, 2};
        double[] out = new double[3];
        Matrix3.solve(a, new double[] {8, -11, -3}, out);
        assertArrayEquals(new double[] {2, 3, -1}, out, 1e-14);
    }

    @Test
    void pivotsAroundAZeroLeadingEntry() {
        // a00 = 0 needs a row swap; without pivoting the first division is by zero
        double[] a = {0, 2, 1, 1, 1, 1, 3, 0, 2};
        double[] b = {5, 4, 5};
        double[] out = new double[3];
        Matrix3.solve(a, b, out);
        // by hand: y = (1, 2, 1)
        assertArrayEquals(new double[] {1, 2, 1}, out, 1e-14);
    }

    @Test
    void pivotingKeepsAccuracyWithATinyLeadingEntry() {
        // without partial pivoting the 1e-17 pivot destroys the answer (y ≈ (0, 1, 1) instead of (1, 1, 1))
        double[] a = {1e-17, 1, 0, 1, 1, 0, 0, 0, 1};
        double[] out = new double[3];
        Matrix3.solve(a, new double[] {1, 2, 1}, out);
        assertArrayEquals(new double[] {1, 1, 1}, out, 1e-14);
    }

    @Test
    void pivotsInTheSecondColumnToo() {
        // after eliminating column 0 the (1,1) entry is 0, so rows 1 and 2 must swap
        double[] a = {1, 1, 1, 1, 1, 2, 1, 2, 3};
        double[] out = new double[3];
        Matrix3.solve(a, new double[] {6, 9, 14}, out);
        assertArrayEquals(new double[] {1, 2, 3}, out, 1e-14);
    }

    @Test
    void matchesCramersRuleOnRandomSystems() {
        Random random = new Random(7);
        double[] a = new double[9];
        double[] b = new double[3];
        for (int trial = 0; trial < 1000; trial++) {
            for (int i = 0; i < 9; i++) {
                a[i] = random.nextDouble() * 2 - 1;
            }
            for (int i = 0; i < 3; i++) {
                b[i] = random.nextDouble() * 2 - 1;
            }
            double det = det(a);
            if (Math.abs(det) < 1e-2) {
                continue;
            }
            assertSolvesLikeCramersRule(Matrix3::solve, a, b, "trial " + trial);
        }
    }

    @Test
    void rightHandSideMayBeTheOutput() {
        double[] a = {4, 1, 0, 1, 3, 1, 0, 1, 2};
        double[] b = {5, 5, 3};
        Matrix3.solve(a, b, b);
        assertArrayEquals(new double[] {1, 1, 1}, b, 1e-14);
    }

    @Test
    void symmetricPositiveDefiniteSolveMatchesCramersRule() {
        // A = Gᵀ·G + I is symmetric positive definite for any G
        Random random = new Random(11);
        double[] a = new double[9];
        double[] b = new double[3];
        for (int trial = 0; trial < 1000; trial++) {
            double[] g = new double[9];
            for (int i = 0; i < 9; i++) {
                g[i] = random.nextDouble() * 2 - 1;
            }
            for (int row = 0; row < 3; row++) {
                for (int column = 0; column < 3; column++) {
                    double sum = row == column ? 1.0 : 0.0;
                    for (int k = 0; k < 3; k++) {
                        sum += g[k * 3 + row] * g[k * 3 + column];
                    }
                    a[row * 3 + column] = sum;
                }
                b[row] = random.nextDouble() * 2 - 1;
            }
            assertSolvesLikeCramersRule(Matrix3::solveSymmetricPositiveDefinite, a, b, "trial " + trial);
        }
    }

    @Test
    void symmetricSolveOfAKnownSystemMayWriteIntoTheRightHandSide() {
        double[] a = {4, 1, 0, 1, 3, 1, 0, 1, 2};
        double[] b = {5, 5, 3};
        Matrix3.solveSymmetricPositiveDefinite(a, b, b);
        assertArrayEquals(new double[] {1, 1, 1}, b, 1e-14);
    }

    /** A 3×3 solver writing y of A·y = b into its third argument. */
    private interface Solver {
        void solve(double[] a, double[] b, double[] out);
    }

    /** Checks that {@code solver} leaves A untouched and gives y_j = det(A with column j replaced by b) / det(A). */
    private static void assertSolvesLikeCramersRule(Solver solver, double[] a, double[] b, String what) {
        double[] before = a.clone();
        double[] out = new double[3];
        solver.solve(a, b, out);
        assertArrayEquals(before, a, 0.0, what + ": matrix modified");
        double det = det(a);
        for (int column = 0; column < 3; column++) {
            double[] replaced = a.clone();
            for (int row = 0; row < 3; row++) {
                replaced[row * 3 + column] = b[row];
            }
            assertEquals(det(replaced) / det, out[column], 1e-9, what + " component " + column);
        }
    }

    private static double det(double[] m) {
        return m[0] * (m[4] * m[8] - m[5] * m[7]) - m[1] * (m[3] * m[8] - m[5] * m[6])
                + m[2] * (m[3] * m[7] - m[4] * m[6]);
    }
}
