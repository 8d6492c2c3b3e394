package io.dip.dynamics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;
import org.junit.jupiter.api.Test;

/**
 * The {@code linear} model's A, B are the Jacobians of {@code full} at x = 0, u = 0 (docs/model.md §3), checked
 * against central finite differences computed here, and A has the open-loop eigenvalues of docs/model.md §3.
 */
class LinearizationTest {

    private static final int N = 6;
    private static final double STEP = 1e-6;
    private static final double TOLERANCE = 1e-6;

    private final LinearDynamics linear = new LinearDynamics(PhysicalParameters.DEFAULTS);

    @Test
    void stateAndInputMatricesAreTheFullModelsJacobians() {
        assertJacobiansMatch(new FullDynamics(PhysicalParameters.DEFAULTS));
    }

    @Test
    void simplifiedModelHasTheSameJacobians() {
        assertJacobiansMatch(new SimplifiedDynamics(PhysicalParameters.DEFAULTS));
    }

    @Test
    void jacobiansMatchForOtherParametersToo() {
        PhysicalParameters heavy = PhysicalParameters.fromArray(
                new double[] {3.0, 0.7, 0.4, 0.6, 0.5, 0.35, 0.2, 0.02, 0.01, 9.81, 0.5, 0.02, 0.01});
        LinearDynamics heavyLinear = new LinearDynamics(heavy);
        double[] a = new double[N * N];
        double[] b = new double[N];
        centralDifferences(new FullDynamics(heavy), a, b);
        assertArrayClose("A", a, heavyLinear.stateMatrix());
        assertArrayClose("B", b, heavyLinear.inputMatrix());
    }

    @Test
    void openLoopEigenvaluesAreThoseOfModelMd() {
        double[] a = linear.stateMatrix();
        double[] eigenvalues = {-8.831, -4.551, -0.108, 0.0, 4.448, 7.344};
        for (double lambda : eigenvalues) {
            double below = characteristic(a, lambda - 1e-3);
            double above = characteristic(a, lambda + 1e-3);
            assertTrue(Math.signum(below) * Math.signum(above) < 0,
                    "det(A - lambda I) keeps its sign around " + lambda + ": " + below + ", " + above);
        }
    }

    @Test
    void matricesAreCopies() {
        double[] a = linear.stateMatrix();
        double[] b = linear.inputMatrix();
        linear.stateMatrix()[N * 3] += 1.0;
        linear.inputMatrix()[3] += 1.0;
        assertArrayEquals(a, linear.stateMatrix());
        assertArrayEquals(b, linear.inputMatrix());
    }

    private void assertJacobiansMatch(DynamicsModel model) {
        double[] a = new double[N * N];
        double[] b = new double[N];
        centralDifferences(model, a, b);
        assertArrayClose(model.name() + " A", a, linear.stateMatrix());
        assertArrayClose(model.name() + " B", b, linear.inputMatrix());
    }

    private static void centralDifferences(DynamicsModel model, double[] a, double[] b) {
        double[] x = new double[N];
        double[] plus = new double[N];
        double[] minus = new double[N];
        for (int j = 0; j < N; j++) {
            x[j] = STEP;
            model.derivative(x, 0.0, plus);
            x[j] = -STEP;
            model.derivative(x, 0.0, minus);
            x[j] = 0.0;
            for (int i = 0; i < N; i++) {
                a[i * N + j] = (plus[i] - minus[i]) / (2 * STEP);
            }
        }
        model.derivative(x, STEP, plus);
        model.derivative(x, -STEP, minus);
        for (int i = 0; i < N; i++) {
            b[i] = (plus[i] - minus[i]) / (2 * STEP);
        }
    }

    private static void assertArrayClose(String what, double[] expected, double[] actual) {
        assertEquals(expected.length, actual.length, what + " length");
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], TOLERANCE, what + "[" + i + "]");
        }
    }

    /** det(A − λI) by Gaussian elimination with partial pivoting. */
    private static double characteristic(double[] a, double lambda) {
        double[][] m = new double[N][N];
        for (int i = 0; i < N; i++) {
            for (int j = 0; j < N; j++) {
                m[i][j] = a[i * N + j] - (i == j ? lambda : 0.0);
            }
        }
        double det = 1.0;
        for (int col = 0; col < N; col++) {
            int pivot = col;
            for (int r = col + 1; r < N; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            if (pivot != col) {
                double[] t = m[pivot];
                m[pivot] = m[col];
                m[col] = t;
                det = -det;
            }
            det *= m[col][col];
            for (int r = col + 1; r < N; r++) {
                double factor = m[r][col] / m[col][col];
                for (int c = col; c < N; c++) {
                    m[r][c] -= factor * m[col][c];
                }
            }
        }
        return det;
    }
}
