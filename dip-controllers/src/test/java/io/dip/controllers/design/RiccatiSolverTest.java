package io.dip.controllers.design;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.hipparchus.complex.Complex;
import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.EigenDecompositionNonSymmetric;
import org.hipparchus.linear.RealMatrix;
import org.junit.jupiter.api.Test;

class RiccatiSolverTest {

    @Test
    void scalarSystemMatchesTheClosedFormRoot() {
        // ẋ = a·x + b·u: 2·a·p − b²·p²/r + q = 0, stabilising root p = r·(a + √(a² + b²·q/r))/b²
        double[][] cases = {{1, 1, 1, 1}, {-2, 0.5, 3, 0.1}, {4, 2, 0, 5}, {0, 1, 2, 1}};
        for (double[] c : cases) {
            double a = c[0];
            double b = c[1];
            double q = c[2];
            double r = c[3];
            double expected = r * (a + Math.sqrt(a * a + b * b * q / r)) / (b * b);
            double[][] p = RiccatiSolver.solve(new double[][] {{a}}, new double[][] {{b}}, new double[][] {{q}},
                    new double[][] {{r}});
            assertEquals(expected, p[0][0], 1e-12 * Math.max(1, expected), "a=" + a + " b=" + b);
        }
    }

    @Test
    void doubleIntegratorMatchesTheClosedForm() {
        // A = [[0,1],[0,0]], B = [0;1], Q = I, R = 1: P = [[√3, 1], [1, √3]], K = [1, √3]
        double[][] p = RiccatiSolver.solve(new double[][] {{0, 1}, {0, 0}}, new double[][] {{0}, {1}},
                new double[][] {{1, 0}, {0, 1}}, new double[][] {{1}});
        double root3 = Math.sqrt(3);
        assertEquals(root3, p[0][0], 1e-13);
        assertEquals(1.0, p[0][1], 1e-13);
        assertEquals(1.0, p[1][0], 1e-13);
        assertEquals(root3, p[1][1], 1e-13);
    }

    @Test
    void randomSystemsGiveAStabilisingSolutionOfTheEquation() {
        SplittableRandom random = new SplittableRandom(20240611L);
        for (int trial = 0; trial < 40; trial++) {
            int n = 2 + random.nextInt(6);
            int m = 1 + random.nextInt(2);
            double[][] a = randomMatrix(random, n, n, 3.0);
            double[][] b = randomMatrix(random, n, m, 1.0);
            double[][] q = new double[n][n];
            for (int i = 0; i < n; i++) {
                q[i][i] = 0.1 + 10 * random.nextDouble();
            }
            double[][] r = new double[m][m];
            for (int i = 0; i < m; i++) {
                r[i][i] = 0.1 + random.nextDouble();
            }
            double[][] p = RiccatiSolver.solve(a, b, q, r);

            RealMatrix pm = new Array2DRowRealMatrix(p);
            RealMatrix am = new Array2DRowRealMatrix(a);
            RealMatrix bm = new Array2DRowRealMatrix(b);
            RealMatrix rInverse = new Array2DRowRealMatrix(r.length, r.length);
            for (int i = 0; i < m; i++) {
                rInverse.setEntry(i, i, 1.0 / r[i][i]);
            }
            RealMatrix g = bm.multiply(rInverse).multiplyTransposed(bm);
            RealMatrix residual = am.transposeMultiply(pm).add(pm.multiply(am))
                    .subtract(pm.multiply(g).multiply(pm)).add(new Array2DRowRealMatrix(q));
            double scale = pm.getNorm1() * (2 * am.getNorm1() + g.getNorm1() * pm.getNorm1()) + 1;
            assertTrue(residual.getNorm1() < 1e-11 * scale, "residual " + residual.getNorm1() + " trial " + trial);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    assertEquals(p[i][j], p[j][i], 1e-12 * pm.getNorm1(), "P symmetric, trial " + trial);
                }
            }
            RealMatrix closedLoop = am.subtract(g.multiply(pm));
            for (Complex eigenvalue : new EigenDecompositionNonSymmetric(closedLoop).getEigenvalues()) {
                assertTrue(eigenvalue.getReal() < 0, "closed loop eigenvalue " + eigenvalue + " trial " + trial);
            }
        }
    }

    @Test
    void unstableUncontrollableModeHasNoStabilisingSolution() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> RiccatiSolver.solve(new double[][] {{1, 0}, {0, -1}}, new double[][] {{0}, {1}},
                        new double[][] {{1, 0}, {0, 1}}, new double[][] {{1}}));
        assertTrue(e.getMessage().contains("no stabilising solution"), e.getMessage());
    }

    @Test
    void rejectsBadWeights() {
        double[][] a = {{0, 1}, {0, 0}};
        double[][] b = {{0}, {1}};
        IllegalArgumentException asymmetric = assertThrows(IllegalArgumentException.class,
                () -> RiccatiSolver.solve(a, b, new double[][] {{1, 2}, {0, 1}}, new double[][] {{1}}));
        assertTrue(asymmetric.getMessage().contains("Q must be symmetric"), asymmetric.getMessage());
        IllegalArgumentException indefinite = assertThrows(IllegalArgumentException.class,
                () -> RiccatiSolver.solve(a, b, new double[][] {{1, 0}, {0, 1}}, new double[][] {{0}}));
        assertTrue(indefinite.getMessage().contains("R must be positive definite"), indefinite.getMessage());
        IllegalArgumentException shape = assertThrows(IllegalArgumentException.class,
                () -> RiccatiSolver.solve(a, new double[][] {{0}}, new double[][] {{1, 0}, {0, 1}},
                        new double[][] {{1}}));
        assertTrue(shape.getMessage().contains("B must have 2 rows"), shape.getMessage());
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> RiccatiSolver.solve(new double[][] {{0, Double.NaN}, {0, 0}}, b,
                        new double[][] {{1, 0}, {0, 1}}, new double[][] {{1}}));
        assertTrue(nan.getMessage().contains("A has a non-finite entry"), nan.getMessage());
    }

    private static double[][] randomMatrix(SplittableRandom random, int rows, int columns, double scale) {
        double[][] out = new double[rows][columns];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < columns; j++) {
                out[i][j] = scale * (2 * random.nextDouble() - 1);
            }
        }
        return out;
    }
}
