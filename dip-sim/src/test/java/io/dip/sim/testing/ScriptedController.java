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
 * A test controller whose output is a given function of (t, x, last control), with a constant σ diagnostic (or no
 * σ diagnostic at all when σ is NaN). It does not saturate: the engine's actuator limit is then visible.
 */
public final class ScriptedController implements ControllerProvider {

    /** The control law. */
    @FunctionalInterface
    public interface Law {
        /**
         * @return the force for this call
         */
        double control(double t, double[] x, double lastControl);
    }

    private final Law law;
    private final double sigma;
    private Script last;

    /**
     * @param law   the control law
     * @param sigma the constant σ reported, or NaN for a controller without a σ diagnostic
     */
    public ScriptedController(Law law, double sigma) {
        this.law = law;
        this.sigma = sigma;
    }

    /**
     * @param value a constant force (N)
     * @return a controller that always outputs it, with σ = 0.5
     */
    public static ScriptedController constant(double value) {
        return new ScriptedController((t, x, u) -> value, 0.5);
    }

    /** @return the controller created last */
    public Script last() {
        return last;
    }

    @Override
    public String name() {
        return "test_scripted";
    }

    @Override
    public String description() {
        return "scripted test double";
    }

    @Override
    public ParameterSpace gains() {
        return new ParameterSpace(List.of());
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        last = new Script(nominal);
        return last;
    }

    /** The controller instance. */
    public final class Script implements Controller {
        private final Diagnostics diagnostics = Double.isNaN(sigma) ? new Diagnostics(Diagnostics.FAULT)
                : new Diagnostics(Diagnostics.SIGMA, Diagnostics.FAULT);
        private final DoubleRingBuffer history = new DoubleRingBuffer(4);
        private final DynamicsRef nominal;
        private boolean closed;
        private long calls;

        Script(DynamicsRef nominal) {
            this.nominal = nominal;
            if (!Double.isNaN(sigma)) {
                diagnostics.set(0, sigma);
            }
        }

        /** @return the nominal model handle given at creation */
        public DynamicsRef nominal() {
            return nominal;
        }

        /** @return the number of computeControl calls */
        public long calls() {
            return calls;
        }

        @Override
        public String name() {
            return "test_scripted";
        }

        @Override
        public double computeControl(double t, double[] x, double lastControl) {
            calls++;
            return law.control(t, x, lastControl);
        }

        @Override
        public void reset() {
            calls = 0;
        }

        @Override
        public Diagnostics diagnostics() {
            return diagnostics;
        }

        @Override
        public Map<String, DoubleRingBuffer> histories() {
            return Map.of("u", history);
        }

        /** @return true once closed */
        public boolean isClosed() {
            return closed;
        }

        @Override
        public void close() {
            closed = true;
            nominal.clear();
        }
    }
}
