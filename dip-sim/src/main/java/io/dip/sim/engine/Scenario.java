package io.dip.sim.engine;

import io.dip.api.ControllerCatalog;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsProvider;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.disturbance.Disturbance;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.metrics.CostFunction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything one closed-loop run needs, immutable: the plant and the nominal model (provider and parameters), the
 * integrator, the controller, the initial state, the timing, the actuator and track limits, the disturbance, the
 * sensor model, the seed of the run's random streams and the cost function.
 *
 * <p>The run takes {@link #steps()} = round(duration/dt) control steps. The controller's spec must use the
 * scenario's dt (its internal state integrates over the control period). Build one with {@link #builder()}.
 *
 * @param name           a label for reports and plots
 * @param plant          the simulated plant
 * @param nominal        the model the controller is given (through a weak reference)
 * @param integrator     the integration method of the plant
 * @param controller     the controller; its spec is told the scenario's track limit
 * @param initialState   x_0 (length 6, finite)
 * @param duration       T (s), finite, &gt; 0, at least dt/2
 * @param dt             control period (s), finite, &gt; 0
 * @param maxForce       actuator limit (N), finite, &gt; 0
 * @param trackLimit     |x| beyond which the run is OFF_TRACK (m), &gt; 0 (may be +∞)
 * @param stopOnFailure  stop at the first FELL/OFF_TRACK (DIVERGED always stops)
 * @param disturbance    force disturbance added before the actuator limit
 * @param sensor         what the controller measures
 * @param seed           seed of the sensor noise
 * @param costFunction   weights, norms and penalty of the cost J
 */
public record Scenario(
        String name,
        ModelSelection plant,
        ModelSelection nominal,
        IntegratorSelection integrator,
        ControllerSelection controller,
        double[] initialState,
        double duration,
        double dt,
        double maxForce,
        double trackLimit,
        boolean stopOnFailure,
        Disturbance disturbance,
        SensorModel sensor,
        long seed,
        CostFunction costFunction) {

    /** Configuration section of the run settings, used in messages. */
    public static final String SECTION = "simulation";
    /** Default track limit (m), docs/model.md §5. */
    public static final double DEFAULT_TRACK_LIMIT = 5.0;

    /** Checks every component; messages name the key under {@code simulation}. */
    public Scenario {
        if (name == null || plant == null || nominal == null || integrator == null || controller == null
                || disturbance == null || sensor == null || costFunction == null) {
            throw new IllegalArgumentException("scenario '" + name + "': name, plant, nominal model, integrator, "
                    + "controller, disturbance, sensor and cost function must all be given");
        }
        if (initialState == null || initialState.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException(SECTION + ".initial_state needs " + StateIndex.DIMENSION
                    + " values (" + String.join(", ", StateIndex.NAMES) + ")");
        }
        initialState = initialState.clone();
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            if (!Double.isFinite(initialState[i])) {
                throw new IllegalArgumentException(SECTION + ".initial_state[" + i + "] (" + StateIndex.NAMES.get(i)
                        + ") must be finite, got " + initialState[i]);
            }
        }
        positiveFinite("dt", dt);
        positiveFinite("duration", duration);
        positiveFinite("max_force", maxForce);
        positiveTrackLimit(trackLimit);
        if (Math.round(duration / dt) < 1) {
            throw new IllegalArgumentException(SECTION + ".duration (" + duration + " s) gives no step at dt = "
                    + dt + " s");
        }
        if (controller.spec().dt() != dt) {
            throw new IllegalArgumentException("controller " + controller.provider().name() + ": its dt ("
                    + controller.spec().dt() + " s) must equal " + SECTION + ".dt (" + dt + " s)");
        }
        if (controller.spec().trackLimit() != trackLimit) {
            controller = controller.withTrackLimit(trackLimit);
        }
    }

    private static void positiveTrackLimit(double trackLimit) {
        if (!(trackLimit > 0)) {
            throw new IllegalArgumentException(SECTION + ".track_limit must be > 0, got " + trackLimit);
        }
    }

    private static void positiveFinite(String key, double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException(SECTION + "." + key + " must be finite and > 0, got " + value);
        }
    }

    /** @return a copy of x_0 */
    @Override
    public double[] initialState() {
        return initialState.clone();
    }

    /** @return the number of control steps, round(duration/dt) */
    public long steps() {
        return Math.round(duration / dt);
    }

    /** @return a builder holding this scenario's values */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name = name;
        b.plant = plant;
        b.nominal = nominal;
        b.integrator = integrator;
        b.controller = controller;
        b.initialState = initialState.clone();
        b.duration = duration;
        b.dt = dt;
        b.maxForce = maxForce;
        b.trackLimit = trackLimit;
        b.stopOnFailure = stopOnFailure;
        b.disturbance = disturbance;
        b.sensor = sensor;
        b.seed = seed;
        b.costFunction = costFunction;
        return b;
    }

    /**
     * @param gains a gain vector for the controller
     * @return this scenario with the controller's gains replaced
     */
    public Scenario withGains(double[] gains) {
        return toBuilder().controller(controller.withGains(gains)).build();
    }

    /** @return every setting with configuration keys, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", name);
        map.put("plant", plant.describe());
        map.put("nominal", nominal.describe());
        map.put("integrator", integrator.describe());
        map.put("controller", controller.describe());
        List<Double> x0 = new ArrayList<>(StateIndex.DIMENSION);
        for (double v : initialState) {
            x0.add(v);
        }
        map.put("initial_state", x0);
        map.put("duration", duration);
        map.put("dt", dt);
        map.put("steps", steps());
        map.put("max_force", maxForce);
        map.put("track_limit", trackLimit);
        map.put("stop_on_failure", stopOnFailure);
        map.put("disturbance", disturbance.describe());
        map.put(SensorModel.SECTION, sensor.describe());
        map.put("seed", seed);
        map.put(CostFunction.SECTION, costFunction.describe());
        return map;
    }

    /** @return an empty builder with the defaults of docs/model.md §5 */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Assembles a {@link Scenario}. Defaults: the nominal model equals the plant; max force
     * {@value ControllerSpec#DEFAULT_MAX_FORCE} N; track limit {@value #DEFAULT_TRACK_LIMIT} m; stop on failure;
     * no disturbance; a perfect sensor; seed 0; the cost function of docs/model.md §7; x_0 = 0; name = controller name.
     * Plant, integrator, controller, duration and dt have no default.
     */
    public static final class Builder {
        private String name;
        private ModelSelection plant;
        private ModelSelection nominal;
        private IntegratorSelection integrator;
        private ControllerSelection controller;
        private ControllerProvider controllerProvider;
        private double[] controllerGains;
        private Options controllerOptions;
        private ControllerCatalog controllerCatalog;
        private double[] initialState = new double[StateIndex.DIMENSION];
        private double duration = Double.NaN;
        private double dt = Double.NaN;
        private double maxForce = ControllerSpec.DEFAULT_MAX_FORCE;
        private double trackLimit = DEFAULT_TRACK_LIMIT;
        private boolean stopOnFailure = true;
        private Disturbance disturbance = Disturbance.none();
        private SensorModel sensor = SensorModel.IDENTITY;
        private long seed;
        private CostFunction costFunction = CostFunction.DEFAULTS;

        private Builder() {
        }

        /** @param value the label; defaults to the controller's name */
        public Builder name(String value) {
            this.name = value;
            return this;
        }

        /** Sets the plant. */
        public Builder plant(DynamicsProvider provider, PhysicalParameters parameters) {
            return plant(new ModelSelection(provider, parameters));
        }

        /** Sets the plant. */
        public Builder plant(ModelSelection value) {
            this.plant = value;
            return this;
        }

        /** Sets the controller's nominal model (default: the plant's model and parameters). */
        public Builder nominal(DynamicsProvider provider, PhysicalParameters parameters) {
            return nominal(new ModelSelection(provider, parameters));
        }

        /** Sets the controller's nominal model. */
        public Builder nominal(ModelSelection value) {
            this.nominal = value;
            return this;
        }

        /** Sets the integrator. */
        public Builder integrator(IntegratorProvider provider, Options options) {
            return integrator(new IntegratorSelection(provider, options));
        }

        /** Sets the integrator. */
        public Builder integrator(IntegratorSelection value) {
            this.integrator = value;
            return this;
        }

        /**
         * Sets the controller; its spec is made at {@link #build()} with the scenario's dt and max force.
         *
         * @param provider the controller's provider
         * @param gains    gain vector, or null for the provider's defaults
         * @param options  the controller's options block
         */
        public Builder controller(ControllerProvider provider, double[] gains, Options options) {
            this.controller = null;
            this.controllerProvider = provider;
            this.controllerGains = gains == null ? null : gains.clone();
            this.controllerOptions = options;
            return this;
        }

        /**
         * @param catalog where a controller built from others finds them (default: the ServiceLoader
         *                registrations visible from the controller provider's class loader)
         * @return this builder
         */
        public Builder controllerCatalog(ControllerCatalog catalog) {
            this.controllerCatalog = catalog;
            return this;
        }

        /** Sets the controller with a complete spec (its dt must equal the scenario's). */
        public Builder controller(ControllerSelection value) {
            this.controller = value;
            this.controllerProvider = null;
            return this;
        }

        /** @param x0 the initial state (length 6) */
        public Builder initialState(double... x0) {
            this.initialState = x0.clone();
            return this;
        }

        /** @param seconds run duration T (s) */
        public Builder duration(double seconds) {
            this.duration = seconds;
            return this;
        }

        /** @param seconds control period (s) */
        public Builder dt(double seconds) {
            this.dt = seconds;
            return this;
        }

        /** @param newtons actuator limit (N) */
        public Builder maxForce(double newtons) {
            this.maxForce = newtons;
            return this;
        }

        /** @param metres track half-length (m) */
        public Builder trackLimit(double metres) {
            this.trackLimit = metres;
            return this;
        }

        /** @param value stop at the first FELL/OFF_TRACK */
        public Builder stopOnFailure(boolean value) {
            this.stopOnFailure = value;
            return this;
        }

        /** @param value the force disturbance */
        public Builder disturbance(Disturbance value) {
            this.disturbance = value;
            return this;
        }

        /** @param value the sensor model */
        public Builder sensor(SensorModel value) {
            this.sensor = value;
            return this;
        }

        /** @param value seed of the run's random streams */
        public Builder seed(long value) {
            this.seed = value;
            return this;
        }

        /** @param value the cost function */
        public Builder costFunction(CostFunction value) {
            this.costFunction = value;
            return this;
        }

        /** @return the validated scenario */
        public Scenario build() {
            ControllerSelection chosen = controller;
            if (controllerProvider != null) {
                positiveFinite("dt", dt);
                positiveFinite("max_force", maxForce);
                positiveTrackLimit(trackLimit);
                Options options = controllerOptions != null ? controllerOptions
                        : Options.empty("controllers." + controllerProvider.name());
                ControllerSpec spec = new ControllerSpec(controllerGains, dt, maxForce, options, trackLimit);
                chosen = controllerCatalog == null ? new ControllerSelection(controllerProvider, spec)
                        : new ControllerSelection(controllerProvider, spec, controllerCatalog);
            }
            if (chosen == null) {
                throw new IllegalArgumentException("scenario needs a controller");
            }
            String label = name != null ? name : chosen.provider().name();
            return new Scenario(label, plant, nominal != null ? nominal : plant, integrator, chosen, initialState,
                    duration, dt, maxForce, trackLimit, stopOnFailure, disturbance, sensor, seed, costFunction);
        }
    }
}
