package io.dip.controllers.swingup;

import io.dip.api.Controller;
import io.dip.api.ControllerCatalog;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.ParameterSpace;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Provides {@link SwingUpSmc} as {@code swing_up_smc} (alias {@code swing_up}). Gains, in order (the switching
 * thresholds of {@link SwingUpThresholds}): {@code enter_angle} 0.1 rad, {@code enter_rate} 1.0 rad/s,
 * {@code leave_angle} 0.8 rad, {@code abort_error} 0.8 rad. Options (block {@code controllers.swing_up_smc}):
 *
 * <ul>
 *   <li>{@code stabilizer}: the name of the stabilising controller that holds the pendulum upright, default
 *       {@code sta_smc}; any registered controller that does not itself work over the whole circle (plugins
 *       included: the runtime passes its catalog);</li>
 *   <li>{@code stabilizer_gains}: its gain vector (default: its provider's defaults);</li>
 *   <li>{@code stabilizer_options}: its options block;</li>
 *   <li>{@code track_limit}: the track half-length the swing must respect (m), default the spec's (the run's
 *       {@code simulation.track_limit});</li>
 *   <li>{@code history_capacity}: size of the σ and u histories, default 1000.</li>
 * </ul>
 *
 * <p>The plan (feedforward, reference and gains) is computed from the nominal model at creation and cached per
 * nominal model, control period, actuator and track limits ({@link SwingUpPlanCache}).
 */
public final class SwingUpSmcProvider implements ControllerProvider {

    /** Registered name. */
    public static final String NAME = "swing_up_smc";
    /** Default stabilising controller. */
    public static final String DEFAULT_STABILIZER = "sta_smc";

    static final String STABILIZER = "stabilizer";
    static final String STABILIZER_GAINS = "stabilizer_gains";
    static final String STABILIZER_OPTIONS = "stabilizer_options";
    static final String TRACK_LIMIT = "track_limit";
    static final String HISTORY_CAPACITY = "history_capacity";
    private static final int DEFAULT_HISTORY_CAPACITY = 1000;
    private static final int MAX_HISTORY_CAPACITY = 10_000_000;

    private static final ParameterSpace GAINS = new ParameterSpace(List.of(
            new ParameterSpace.Parameter("enter_angle", 0.1, 0.02, 0.3,
                    "hold region: both wrapped link angles below it (rad)"),
            new ParameterSpace.Parameter("enter_rate", 1.0, 0.2, 5.0,
                    "hold region: both link rates below it (rad/s)"),
            new ParameterSpace.Parameter("leave_angle", 0.8, 0.15, 1.5,
                    "the hold is left when a wrapped link angle exceeds it (rad)"),
            new ParameterSpace.Parameter("abort_error", 0.8, 0.2, 2.0,
                    "the swing is abandoned when an angle strays this far from its reference (rad)")));

    /** Creates the provider (ServiceLoader entry point). */
    public SwingUpSmcProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("swing_up");
    }

    @Override
    public String description() {
        return "swing-up from hanging: iLQR feedforward + time-varying LQR (Graichen et al. 2007), LQR catch, "
                + "then a stabilising controller";
    }

    @Override
    public ParameterSpace gains() {
        return GAINS;
    }

    /**
     * {@inheritDoc}
     *
     * <p>Finds the stabiliser among the controllers registered with ServiceLoader in the thread's context class
     * loader and in this provider's class loader.
     */
    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        ControllerCatalog own = ControllerCatalog.serviceLoader(SwingUpSmcProvider.class.getClassLoader());
        ControllerCatalog catalog = context == null ? own : name -> {
            Optional<ControllerProvider> found = ControllerCatalog.serviceLoader(context).find(name);
            return found.isPresent() ? found : own.find(name);
        };
        return create(spec, nominal, catalog);
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal, ControllerCatalog catalog) {
        if (spec == null || nominal == null || catalog == null) {
            throw new IllegalArgumentException("controller " + NAME + ": spec, nominal reference and catalog must "
                    + "not be null");
        }
        Options options = spec.options();
        String where = options.path().isEmpty() ? "controllers." + NAME : options.path();
        options.requireOnly(Set.of(STABILIZER, STABILIZER_GAINS, STABILIZER_OPTIONS, TRACK_LIMIT, HISTORY_CAPACITY));
        SwingUpThresholds thresholds = thresholds(spec.gains() == null ? GAINS.defaults() : spec.gains(), where);
        double trackLimit = options.getDouble(TRACK_LIMIT, spec.trackLimit());
        if (!(trackLimit > 0)) {
            throw new IllegalArgumentException(options.pathOf(TRACK_LIMIT) + " must be > 0, got " + trackLimit);
        }
        int historyCapacity = options.getInt(HISTORY_CAPACITY, DEFAULT_HISTORY_CAPACITY, 1, MAX_HISTORY_CAPACITY);
        Object rawName = options.asMap().getOrDefault(STABILIZER, DEFAULT_STABILIZER);
        if (!(rawName instanceof String stabilizerName) || stabilizerName.isBlank()) {
            throw new IllegalArgumentException(options.pathOf(STABILIZER) + " must be a controller name, got "
                    + rawName);
        }
        ControllerProvider stabilizerProvider = catalog.find(stabilizerName).orElseThrow(() ->
                new IllegalArgumentException(options.pathOf(STABILIZER) + ": unknown controller '" + stabilizerName
                        + "'"));
        if (stabilizerProvider instanceof SwingUpSmcProvider) {
            throw new IllegalArgumentException(options.pathOf(STABILIZER) + " must be a stabilising controller, got "
                    + stabilizerName);
        }
        double[] stabilizerGains = options.getDoubleArray(STABILIZER_GAINS, -1);
        Options stabilizerOptions = options.getBlock(STABILIZER_OPTIONS);
        DynamicsModel model = nominal.get();
        SwingUpPlan plan = SwingUpPlanCache.plan(model, spec.dt(), spec.maxForce(), trackLimit);
        Controller stabilizer = stabilizerProvider.create(new ControllerSpec(stabilizerGains, spec.dt(),
                spec.maxForce(), stabilizerOptions, trackLimit), DynamicsRef.of(model), catalog);
        if (stabilizer.worksOverWholeCircle()) {
            stabilizer.close();
            throw new IllegalArgumentException(options.pathOf(STABILIZER) + " must be a stabilising controller, got "
                    + stabilizerName + " (it works over the whole circle)");
        }
        return new SwingUpSmc(NAME, plan, stabilizer, nominal, thresholds, spec.maxForce(), trackLimit,
                historyCapacity);
    }

    private static SwingUpThresholds thresholds(double[] gains, String where) {
        if (gains.length != GAINS.dimension()) {
            throw new IllegalArgumentException(where + ": expected " + GAINS.dimension() + " gains " + GAINS.names()
                    + ", got " + gains.length);
        }
        for (int i = 0; i < gains.length; i++) {
            if (!(gains[i] > 0) || !Double.isFinite(gains[i])) {
                throw new IllegalArgumentException(where + ": gain " + GAINS.parameters().get(i).name()
                        + " must be finite and > 0, got " + gains[i]);
            }
        }
        SwingUpThresholds thresholds = new SwingUpThresholds(gains[0], gains[1], gains[2], gains[3]);
        if (!(thresholds.leaveAngle() > thresholds.enterAngle())) {
            throw new IllegalArgumentException(where + ": gain leave_angle (" + thresholds.leaveAngle()
                    + ") must exceed enter_angle (" + thresholds.enterAngle() + ")");
        }
        return thresholds;
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + NAME + "]";
    }
}
