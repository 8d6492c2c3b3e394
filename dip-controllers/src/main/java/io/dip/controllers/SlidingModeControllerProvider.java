package io.dip.controllers;

import io.dip.api.AbstractController;
import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.ParameterSpace;
import io.dip.api.StateIndex;
import io.dip.controllers.design.LqrSurfaceDesign;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the four sliding-mode providers share: the gain vector {@code [s0..s5, reaching gains]}, its search
 * space (docs/model.md §8), validation of gains and options, and the surface.
 *
 * <p>Common options (block {@code controllers.<name>}):
 * <ul>
 *   <li>{@code boundary_layer}: ε &gt; 0 of {@code sat(σ, ε)}, default 0.05;</li>
 *   <li>{@code switch_method}: {@code tanh} (default), {@code linear}, or {@code sign} (no boundary layer);</li>
 *   <li>{@code equivalent_control}: true (default) or false for {@code u_eq = 0}, {@code β = β0};</li>
 *   <li>{@code history_capacity}: size of the σ and u histories, default 1000;</li>
 *   <li>{@code surface}: a list of six numbers that replaces {@code s0..s5}, or
 *       {@code {lqr: {q: [six weights ≥ 0], r: value > 0}}} to design S from the nominal model's upright
 *       linearization (defaults {@code q = [10, 100, 100, 1, 1, 1]}, {@code r = 1}), scaled to β0 = +1.</li>
 * </ul>
 *
 * <p>Stateless and thread-safe: every field is immutable.
 */
abstract class SlidingModeControllerProvider implements ControllerProvider {

    /** Number of surface coefficients at the head of every gain vector. */
    static final int SURFACE_GAINS = StateIndex.DIMENSION;
    /** Default boundary-layer width ε. */
    static final double DEFAULT_BOUNDARY_LAYER = 0.05;

    static final String BOUNDARY_LAYER = "boundary_layer";
    static final String SWITCH_METHOD = "switch_method";
    static final String EQUIVALENT_CONTROL = "equivalent_control";
    static final String SURFACE = "surface";
    private static final String LQR = "lqr";
    private static final String LQR_STATE_WEIGHTS = "q";
    private static final String LQR_INPUT_WEIGHT = "r";

    private static final String[] SURFACE_DESCRIPTIONS = {
        "surface coefficient of the cart position x (σ per m)",
        "surface coefficient of the link-1 angle θ1 (σ per rad)",
        "surface coefficient of the link-2 angle θ2 (σ per rad)",
        "surface coefficient of the cart velocity ẋ (σ per m/s)",
        "surface coefficient of the link-1 rate θ̇1 (σ per rad/s)",
        "surface coefficient of the link-2 rate θ̇2 (σ per rad/s)"
    };

    private final String name;
    private final Set<String> aliases;
    private final String description;
    private final List<ReachingGain> reachingGains;
    private final Set<String> allowedOptions;
    private final ParameterSpace space;

    /**
     * @param name          provider name
     * @param aliases       other names
     * @param description   one line on the controller
     * @param reachingGains the gains after the surface coefficients, in vector order
     * @param ownOptions    option keys this controller reads besides the common ones
     */
    SlidingModeControllerProvider(String name, Set<String> aliases, String description,
                                  List<ReachingGain> reachingGains, Set<String> ownOptions) {
        this.name = name;
        this.aliases = Set.copyOf(aliases);
        this.description = description;
        this.reachingGains = List.copyOf(reachingGains);
        Set<String> allowed = new HashSet<>(ownOptions);
        allowed.addAll(Set.of(BOUNDARY_LAYER, SWITCH_METHOD, EQUIVALENT_CONTROL, AbstractController.HISTORY_CAPACITY,
                SURFACE));
        this.allowedOptions = Set.copyOf(allowed);
        this.space = buildSpace(this.reachingGains);
    }

    /**
     * Validates the controller's own options and reaching gains, before anything is built.
     *
     * @param reaching the reaching gains (finite, in their domains), in vector order
     * @param options  the options block (keys already checked)
     * @param where    the controller's configuration path, for messages
     * @return what builds the controller from the common settings
     * @throws IllegalArgumentException naming the option path or gain for a bad value
     */
    abstract ControllerFactory prepare(double[] reaching, Options options, String where);

    /** Builds a controller once the common settings exist. */
    @FunctionalInterface
    interface ControllerFactory {
        /**
         * @param settings the validated common settings
         * @return the new controller
         */
        SlidingModeController create(SlidingModeSettings settings);
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Set<String> aliases() {
        return aliases;
    }

    @Override
    public final String description() {
        return description;
    }

    @Override
    public final ParameterSpace gains() {
        return space;
    }

    /**
     * {@inheritDoc}
     *
     * <p>The controller takes the reference over: its {@code close()} clears it, so pass each controller its own
     * {@link DynamicsRef}. The first six gains are the surface unless the {@code surface} option replaces them.
     */
    @Override
    public final Controller create(ControllerSpec spec, DynamicsRef nominal) {
        if (spec == null) {
            throw new IllegalArgumentException("controller " + name + ": spec must not be null");
        }
        if (nominal == null) {
            throw new IllegalArgumentException("controller " + name + ": nominal dynamics reference must not be null");
        }
        Options options = spec.options();
        String where = options.path().isEmpty() ? "controllers." + name : options.path();
        options.requireOnly(allowedOptions);
        double[] gains = space.resolve(spec.gains(), where);
        checkReachingGains(gains, where);
        double[] reaching = Arrays.copyOfRange(gains, SURFACE_GAINS, gains.length);
        ControllerFactory factory = prepare(reaching, options, where);
        double boundaryLayer = OptionValues.positive(options, BOUNDARY_LAYER, DEFAULT_BOUNDARY_LAYER);
        SwitchMethod switchMethod = SwitchMethod.fromOption(options.getChoice(SWITCH_METHOD,
                SwitchMethod.TANH.optionValue(), SwitchMethod.optionValues()));
        boolean equivalentControl = options.getBoolean(EQUIVALENT_CONTROL, true);
        int historyCapacity = AbstractController.historyCapacity(options);
        DynamicsModel model = nominal.get();
        double[] coefficients = surfaceCoefficients(options, Arrays.copyOf(gains, SURFACE_GAINS), model);
        SlidingSurface surface = new SlidingSurface(coefficients, model, equivalentControl, switchMethod,
                boundaryLayer);
        return factory.create(new SlidingModeSettings(name, surface, nominal, spec.dt(), spec.maxForce(),
                historyCapacity));
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + "]";
    }

    private void checkReachingGains(double[] gains, String where) {
        for (int i = 0; i < reachingGains.size(); i++) {
            ReachingGain gain = reachingGains.get(i);
            double value = gains[SURFACE_GAINS + i];
            if (!gain.domain().contains(value)) {
                throw new IllegalArgumentException(where + ": gain " + gain.name() + " must be "
                        + gain.domain().requirement() + ", got " + value);
            }
        }
    }

    private static double[] surfaceCoefficients(Options options, double[] fromGains, DynamicsModel nominal) {
        Object raw = options.asMap().get(SURFACE);
        if (raw == null) {
            return fromGains;
        }
        if (raw instanceof List<?>) {
            return options.getDoubleArray(SURFACE, SURFACE_GAINS);
        }
        if (!(raw instanceof Map<?, ?>)) {
            throw new IllegalArgumentException(options.pathOf(SURFACE) + " must be a list of " + SURFACE_GAINS
                    + " numbers or {lqr: {q: [...], r: ...}}, got " + raw);
        }
        Options block = options.getBlock(SURFACE);
        block.requireOnly(Set.of(LQR));
        if (!block.has(LQR)) {
            throw new IllegalArgumentException(options.pathOf(SURFACE) + " must hold the key lqr (or be a list of "
                    + SURFACE_GAINS + " numbers)");
        }
        Options lqr = block.getBlock(LQR);
        lqr.requireOnly(Set.of(LQR_STATE_WEIGHTS, LQR_INPUT_WEIGHT));
        double[] stateWeights = lqr.getDoubleArray(LQR_STATE_WEIGHTS, SURFACE_GAINS);
        if (stateWeights == null) {
            stateWeights = LqrSurfaceDesign.defaultStateWeights();
        }
        for (int i = 0; i < stateWeights.length; i++) {
            if (!(stateWeights[i] >= 0)) {
                throw new IllegalArgumentException(lqr.pathOf(LQR_STATE_WEIGHTS) + "[" + i + "] must be >= 0, got "
                        + stateWeights[i]);
            }
        }
        double inputWeight = OptionValues.positive(lqr, LQR_INPUT_WEIGHT, LqrSurfaceDesign.defaultInputWeight());
        try {
            return LqrSurfaceDesign.design(nominal, stateWeights, inputWeight);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(lqr.path() + ": " + e.getMessage(), e);
        }
    }

    private static ParameterSpace buildSpace(List<ReachingGain> reachingGains) {
        double[] surface = LqrSurfaceDesign.defaultSurface();
        List<ParameterSpace.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < SURFACE_GAINS; i++) {
            double half = 0.5 * surface[i];
            double twice = 2.0 * surface[i];
            parameters.add(new ParameterSpace.Parameter("s" + i, surface[i], Math.min(half, twice),
                    Math.max(half, twice), SURFACE_DESCRIPTIONS[i]));
        }
        for (ReachingGain gain : reachingGains) {
            parameters.add(new ParameterSpace.Parameter(gain.name(), gain.defaultValue(), ReachingGain.LOWER_BOUND,
                    ReachingGain.UPPER_BOUND_FACTOR * gain.defaultValue(), gain.description()));
        }
        return new ParameterSpace(parameters);
    }
}
