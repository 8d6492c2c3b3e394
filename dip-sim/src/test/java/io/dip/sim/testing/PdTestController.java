package io.dip.sim.testing;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsRef;
import java.util.Map;
import io.dip.api.ParameterSpace;
import java.util.List;

/**
 * A PD test controller on the cart: {@code u = clamp(−kp·x − kd·ẋ, ±max_force)}, gains [kp, kd] (defaults 10, 5),
 * with σ = x + ẋ as its diagnostic. Every call reads the nominal model through its {@link DynamicsRef}, so a run
 * whose owner let the model go fails with {@code DynamicsReleasedException}.
 */
public final class PdTestController implements ControllerProvider {

    @Override
    public String name() {
        return "test_pd";
    }

    @Override
    public String description() {
        return "PD test double";
    }

    @Override
    public ParameterSpace gains() {
        return new ParameterSpace(List.of(new ParameterSpace.Parameter("kp", 10, 0, 100, "N/m"),
                new ParameterSpace.Parameter("kd", 5, 0, 100, "N·s/m")));
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        double[] g = spec.gains() == null ? gains().defaults() : spec.gains();
        return new Pd(g[0], g[1], spec.maxForce(), nominal);
    }

    /** The controller instance. */
    public static final class Pd implements Controller {
        private final double kp;
        private final double kd;
        private final double maxForce;
        private final Diagnostics diagnostics = new Diagnostics(Diagnostics.SIGMA, Diagnostics.FAULT);
        private final DoubleRingBuffer sigmas = new DoubleRingBuffer(10);
        private final DoubleRingBuffer controls = new DoubleRingBuffer(10);
        private DynamicsRef nominal;
        private boolean closed;
        private final double[] probe = new double[6];

        Pd(double kp, double kd, double maxForce, DynamicsRef nominal) {
            this.kp = kp;
            this.kd = kd;
            this.maxForce = maxForce;
            this.nominal = nominal;
        }

        @Override
        public String name() {
            return "test_pd";
        }

        @Override
        public double computeControl(double t, double[] x, double lastControl) {
            if (closed) {
                throw new IllegalStateException("closed");
            }
            nominal.get().derivative(x, lastControl, probe);
            double sigma = x[0] + x[3];
            double u = Math.max(-maxForce, Math.min(maxForce, -kp * x[0] - kd * x[3]));
            diagnostics.set(0, sigma);
            sigmas.add(sigma);
            controls.add(u);
            return u;
        }

        @Override
        public void reset() {
            sigmas.clear();
            controls.clear();
        }

        @Override
        public Diagnostics diagnostics() {
            return diagnostics;
        }

        @Override
        public Map<String, DoubleRingBuffer> histories() {
            return Map.of("sigma", sigmas, "u", controls);
        }

        /** @return true once closed */
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
            if (nominal != null) {
                nominal.clear();
                nominal = null;
            }
        }
    }
}
