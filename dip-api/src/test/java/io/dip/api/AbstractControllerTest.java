package io.dip.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** What the base class does around a law: checks, fault, saturation, histories, σ only when declared, close. */
class AbstractControllerTest {

    /** A model whose mass-matrix entry (0, 0) is the only thing the laws below read. */
    private static final class CartModel implements DynamicsModel {
        @Override
        public String name() {
            return "cart";
        }

        @Override
        public void derivative(double[] x, double u, double[] out) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public void massMatrix(double[] x, double[] out9) {
            out9[0] = 2.0;
        }

        @Override
        public void bias(double[] x, double[] out3) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public double energy(double[] x) {
            throw new UnsupportedOperationException("not used");
        }

        @Override
        public PhysicalParameters parameters() {
            return PhysicalParameters.DEFAULTS;
        }
    }

    /** u = −m·(x + ẋ) + lastControl/10, with an integral that reset() must clear; no σ. */
    private static final class Feedback extends AbstractController {
        private final double[] mass = new double[9];
        private double integral;
        private int resets;

        Feedback(DynamicsRef nominal, double maxForce, int capacity) {
            super("feedback", nominal, maxForce, capacity, "integral");
        }

        @Override
        protected double control(double t, double[] x, double lastControl, DynamicsModel model) {
            model.massMatrix(x, mass);
            integral += x[0];
            setDiagnostic(0, integral);
            return -mass[0] * (x[0] + x[3]) + lastControl / 10;
        }

        @Override
        protected void onReset() {
            integral = 0;
            resets++;
        }
    }

    /** σ = x[0] + x[3], u = −k·σ: a law that declares σ. */
    private static final class Sliding extends AbstractController {
        private final double gain;

        Sliding(DynamicsRef nominal, double gain) {
            super("sliding", nominal, 5.0, 4, Diagnostics.SIGMA);
            this.gain = gain;
        }

        @Override
        protected double control(double t, double[] x, double lastControl, DynamicsModel model) {
            double sigma = x[0] + x[3];
            setDiagnostic(0, sigma);
            return -gain * sigma;
        }
    }

    private final CartModel model = new CartModel();

    @Test
    void callsTheLawWithTheModelAndSaturates() {
        try (Feedback c = new Feedback(DynamicsRef.of(model), 10.0, 8)) {
            assertEquals(-2.0 * 0.3 + 0.5, c.computeControl(0, new double[] {0.1, 0, 0, 0.2, 0, 0}, 5.0), 1e-15);
            assertEquals(-10.0, c.computeControl(0, new double[] {100, 0, 0, 0, 0, 0}, 0), 0.0);
            assertEquals(10.0, c.computeControl(0, new double[] {-100, 0, 0, 0, 0, 0}, 0), 0.0);
            assertEquals(List.of("integral", Diagnostics.FAULT), c.diagnostics().names());
            assertEquals(0.1 + 100 - 100, c.diagnostics().get("integral"), 0.0, "the law ran three times");
        }
    }

    @Test
    void aNonFiniteStateGivesZeroWithTheFaultFlagAndLeavesTheLawAlone() {
        try (Feedback c = new Feedback(DynamicsRef.of(model), 10.0, 8)) {
            c.computeControl(0, new double[] {0.5, 0, 0, 0, 0, 0}, 0);
            assertEquals(0.0, c.computeControl(0, new double[] {0.1, Double.NaN, 0, 0, 0, 0}, 0), 0.0);
            assertEquals(1.0, c.diagnostics().get(Diagnostics.FAULT), 0.0);
            assertEquals(0.5, c.diagnostics().get("integral"), 0.0, "the law was not called");
            assertEquals(1, c.histories().get(AbstractController.CONTROL_HISTORY).size(), "a fault adds no u");
            c.computeControl(0, new double[6], 0);
            assertEquals(0.0, c.diagnostics().get(Diagnostics.FAULT), 0.0);
        }
    }

    @Test
    void aNonFiniteLawResultIsAFault() {
        try (AbstractController c = new AbstractController("nan", DynamicsRef.of(model), 1.0, 2) {
            @Override
            protected double control(double t, double[] x, double lastControl, DynamicsModel m) {
                return x[0] / 0.0;
            }
        }) {
            assertEquals(0.0, c.computeControl(0, new double[] {1, 0, 0, 0, 0, 0}, 0), 0.0);
            assertEquals(1.0, c.diagnostics().get(Diagnostics.FAULT), 0.0);
        }
    }

    @Test
    void withoutSigmaThereIsNoSigmaDiagnosticNorHistory() {
        try (Feedback c = new Feedback(DynamicsRef.of(model), 10.0, 8)) {
            assertEquals(-1, c.diagnostics().indexOf(Diagnostics.SIGMA));
            assertEquals(Set.of(AbstractController.CONTROL_HISTORY), c.histories().keySet());
        }
    }

    @Test
    void aDeclaredSigmaIsKeptInItsOwnBoundedHistory() {
        try (Sliding c = new Sliding(DynamicsRef.of(model), 1.0)) {
            for (int k = 0; k < 7; k++) {
                c.computeControl(0, new double[] {k, 0, 0, 0.5, 0, 0}, 0);
            }
            Map<String, DoubleRingBuffer> histories = c.histories();
            DoubleRingBuffer sigma = histories.get(AbstractController.SIGMA_HISTORY);
            assertEquals(4, sigma.size());
            assertEquals(4, sigma.capacity());
            assertEquals(3.5, sigma.get(0), 0.0);
            assertEquals(6.5, sigma.latest(), 0.0);
            assertEquals(List.of(Diagnostics.SIGMA, Diagnostics.FAULT), c.diagnostics().names());
        }
    }

    @Test
    void resetClearsTheHistoriesAndCallsTheHook() {
        try (Feedback c = new Feedback(DynamicsRef.of(model), 10.0, 8)) {
            c.computeControl(0, new double[] {0.5, 0, 0, 0, 0, 0}, 0);
            c.reset();
            assertEquals(0, c.histories().get(AbstractController.CONTROL_HISTORY).size());
            assertEquals(0.0, c.diagnostics().get("integral"), 0.0);
            assertEquals(1, c.resets);
        }
    }

    @Test
    void closeEmptiesTheHistoriesClearsTheReferenceAndRefusesFurtherCalls() {
        DynamicsRef ref = DynamicsRef.of(model);
        Feedback c = new Feedback(ref, 10.0, 8);
        c.computeControl(0, new double[6], 0);
        DoubleRingBuffer control = c.histories().get(AbstractController.CONTROL_HISTORY);
        c.close();
        c.close();
        assertTrue(c.isClosed());
        assertTrue(ref.isReleased());
        assertEquals(0, control.size());
        assertThrows(IllegalStateException.class, () -> c.computeControl(0, new double[6], 0));
        assertThrows(IllegalStateException.class, c::reset);
    }

    @Test
    void aReleasedModelStopsTheLaw() {
        DynamicsRef ref = DynamicsRef.of(model);
        try (Feedback c = new Feedback(ref, 10.0, 8)) {
            ref.clear();
            assertThrows(DynamicsReleasedException.class, () -> c.computeControl(0, new double[6], 0));
        }
    }

    @Test
    void aWrongStateLengthIsRejected() {
        try (Feedback c = new Feedback(DynamicsRef.of(model), 10.0, 8)) {
            assertThrows(IllegalArgumentException.class, () -> c.computeControl(0, new double[5], 0));
        }
    }

    @Test
    void theFaultFlagBelongsToTheBaseClass() {
        try (AbstractController c = new AbstractController("writer", DynamicsRef.of(model), 1.0, 2,
                Diagnostics.FAULT, "own") {
            @Override
            protected double control(double t, double[] x, double lastControl, DynamicsModel m) {
                setDiagnostic(0, 1.0);
                return 0;
            }
        }) {
            assertEquals(List.of(Diagnostics.FAULT, "own"), c.diagnostics().names(), "a declared place is kept");
            assertThrows(IllegalArgumentException.class, () -> c.computeControl(0, new double[6], 0));
        }
    }

    @Test
    void badSettingsAreRejectedWithTheirName() {
        DynamicsRef ref = DynamicsRef.of(model);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Feedback(null, 10, 8)).getMessage()
                .contains("nominal"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Feedback(ref, Double.NaN, 8))
                .getMessage().contains("max_force"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new Feedback(ref, 10, 0)).getMessage()
                .contains(AbstractController.HISTORY_CAPACITY));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> new Feedback(ref, 10, AbstractController.MAX_HISTORY_CAPACITY + 1)).getMessage()
                .contains(AbstractController.HISTORY_CAPACITY));
    }

    @Test
    void theInterfaceAsksForNoDiagnosticsOrHistories() {
        Controller bare = new Controller() {
            @Override
            public String name() {
                return "bare";
            }

            @Override
            public double computeControl(double t, double[] x, double lastControl) {
                return 0;
            }

            @Override
            public void reset() {
            }

            @Override
            public void close() {
            }
        };
        assertSame(Diagnostics.NONE, bare.diagnostics());
        assertEquals(0, bare.diagnostics().size());
        assertTrue(bare.histories().isEmpty());
        assertFalse(bare.diagnostics().names().contains(Diagnostics.SIGMA));
    }
}
