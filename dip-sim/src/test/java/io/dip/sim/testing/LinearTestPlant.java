package io.dip.sim.testing;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;

/**
 * A test plant ẋ = A·x + B·u with a fixed 6×6 A and 6-vector B. Its mass matrix is the identity and its bias
 * n = −(A·x)[3..5], which reproduce the derivative only when B = [0,0,0,1,0,0] (enough for tests that do not use
 * them).
 */
public final class LinearTestPlant implements DynamicsProvider {

    private final String name;
    private final double[] a;
    private final double[] b;

    /**
     * @param name provider name
     * @param a    A row-major (36)
     * @param b    B (6)
     */
    public LinearTestPlant(String name, double[] a, double[] b) {
        this.name = name;
        this.a = a.clone();
        this.b = b.clone();
    }

    /** @return q̇ integrates, q̈ = −k·q − c·q̇ + e1·u (k = 4, c = 1): a damped, force-driven plant */
    public static LinearTestPlant damped() {
        double[] a = kinematics();
        for (int i = 0; i < 3; i++) {
            a[(3 + i) * 6 + i] = -4.0;
            a[(3 + i) * 6 + 3 + i] = -1.0;
        }
        return new LinearTestPlant("test_damped", a, new double[] {0, 0, 0, 1, 0, 0});
    }

    /** @return like {@link #damped()} but θ̈1 = +25·θ1: link 1 falls whatever the force */
    public static LinearTestPlant unstable() {
        double[] a = damped().a.clone();
        a[4 * 6 + 1] = 25.0;
        a[4 * 6 + 4] = 0.0;
        return new LinearTestPlant("test_unstable", a, new double[] {0, 0, 0, 1, 0, 0});
    }

    /** @return q̇ integrates into q, nothing else: ẋ = [q̇, 0] (u has no effect) */
    public static LinearTestPlant drift() {
        return new LinearTestPlant("test_drift", kinematics(), new double[6]);
    }

    /** @return ẋ = 0: the state never changes */
    public static LinearTestPlant frozen() {
        return new LinearTestPlant("test_frozen", new double[36], new double[6]);
    }

    private static double[] kinematics() {
        double[] a = new double[36];
        for (int i = 0; i < 3; i++) {
            a[i * 6 + 3 + i] = 1.0;
        }
        return a;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "linear test plant";
    }

    @Override
    public DynamicsModel create(PhysicalParameters parameters) {
        return new Model(parameters);
    }

    private final class Model implements DynamicsModel {
        private final PhysicalParameters parameters;

        Model(PhysicalParameters parameters) {
            this.parameters = parameters;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public void derivative(double[] x, double u, double[] out) {
            for (int i = 0; i < StateIndex.DIMENSION; i++) {
                double sum = b[i] * u;
                for (int j = 0; j < StateIndex.DIMENSION; j++) {
                    sum += a[i * 6 + j] * x[j];
                }
                out[i] = sum;
            }
        }

        @Override
        public void massMatrix(double[] x, double[] out9) {
            java.util.Arrays.fill(out9, 0.0);
            out9[0] = 1;
            out9[4] = 1;
            out9[8] = 1;
        }

        @Override
        public void bias(double[] x, double[] out3) {
            for (int i = 0; i < 3; i++) {
                double sum = 0;
                for (int j = 0; j < StateIndex.DIMENSION; j++) {
                    sum += a[(3 + i) * 6 + j] * x[j];
                }
                out3[i] = -sum;
            }
        }

        @Override
        public double energy(double[] x) {
            return 0.5 * (x[3] * x[3] + x[4] * x[4] + x[5] * x[5]);
        }

        @Override
        public PhysicalParameters parameters() {
            return parameters;
        }
    }
}
