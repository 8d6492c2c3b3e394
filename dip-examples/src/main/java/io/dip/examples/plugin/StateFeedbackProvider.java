package io.dip.examples.plugin;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.ParameterSpace;
import io.dip.api.StateIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Provider of {@link StateFeedbackController} under the name {@value #NAME} (alias {@code lqr}).
 *
 * <p>Default gains: the LQR gain of the linearised default plant with Q = diag(10, 100, 100, 1, 1, 1), R = 1
 * (the design behind the built-in controllers' default sliding surface). Search bounds: [0.5·K_i, 2·K_i] with
 * the sign kept. Option: {@code history_capacity} (default 1000).
 */
public final class StateFeedbackProvider implements ControllerProvider {

    /** Registered name. */
    public static final String NAME = "state_feedback";

    private static final double[] LQR_GAINS = {
        3.162277660168714, -278.02177431120737, 316.19119104414176,
        5.911336868346416, -14.458633853173557, 42.408902414183025
    };

    private static final ParameterSpace GAINS = gainSpace();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("lqr");
    }

    @Override
    public String description() {
        return "linear full-state feedback u = -K x (example third-party plugin)";
    }

    @Override
    public ParameterSpace gains() {
        return GAINS;
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        Options options = spec.options();
        options.requireOnly(Set.of("history_capacity"));
        int capacity = options.getInt("history_capacity", 1000, 1, 10_000_000);
        double[] gains = spec.gains() == null ? GAINS.defaults() : spec.gains();
        if (gains.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException(options.path() + ": " + NAME + " needs " + StateIndex.DIMENSION
                    + " gains " + GAINS.names() + ", got " + gains.length);
        }
        for (int i = 0; i < gains.length; i++) {
            if (!Double.isFinite(gains[i])) {
                throw new IllegalArgumentException(options.path() + ": gain " + GAINS.names().get(i)
                        + " must be finite, got " + gains[i]);
            }
        }
        return new StateFeedbackController(gains, spec.maxForce(), capacity);
    }

    private static ParameterSpace gainSpace() {
        List<ParameterSpace.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < LQR_GAINS.length; i++) {
            double k = LQR_GAINS[i];
            String unit = i < StateIndex.COORDINATES ? "N per state unit" : "N·s per state unit";
            parameters.add(new ParameterSpace.Parameter("k_" + StateIndex.NAMES.get(i), k,
                    Math.min(0.5 * k, 2 * k), Math.max(0.5 * k, 2 * k),
                    "feedback gain on " + StateIndex.NAMES.get(i) + " (" + unit + ")"));
        }
        return new ParameterSpace(parameters);
    }
}
