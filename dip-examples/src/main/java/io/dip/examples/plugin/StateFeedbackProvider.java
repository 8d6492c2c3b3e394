package io.dip.examples.plugin;

import io.dip.api.AbstractController;
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
 * the sign kept. Option: {@code history_capacity} (default 1000), the capacity of the u history.
 */
public final class StateFeedbackProvider implements ControllerProvider {

    /** Registered name. */
    public static final String NAME = "state_feedback";

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
        options.requireOnly(Set.of(AbstractController.HISTORY_CAPACITY));
        double[] gains = GAINS.resolve(spec.gains(), options.path());
        int historyCapacity = AbstractController.historyCapacity(options);
        return new StateFeedbackController(nominal, gains, spec.maxForce(), historyCapacity);
    }

    private static ParameterSpace gainSpace() {
        double[] lqrGains = {
            3.162277660168714, -278.02177431120737, 316.19119104414176,
            5.911336868346416, -14.458633853173557, 42.408902414183025
        };
        List<ParameterSpace.Parameter> parameters = new ArrayList<>();
        for (int i = 0; i < lqrGains.length; i++) {
            double k = lqrGains[i];
            String unit = i < StateIndex.COORDINATES ? "N per state unit" : "N·s per state unit";
            parameters.add(new ParameterSpace.Parameter("k_" + StateIndex.NAMES.get(i), k,
                    Math.min(0.5 * k, 2 * k), Math.max(0.5 * k, 2 * k),
                    "feedback gain on " + StateIndex.NAMES.get(i) + " (" + unit + ")"));
        }
        return new ParameterSpace(parameters);
    }
}
