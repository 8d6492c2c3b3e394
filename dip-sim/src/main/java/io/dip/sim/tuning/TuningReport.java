package io.dip.sim.tuning;

import io.dip.api.ParameterSpace;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything a tuning run reports: what was tuned, on which scenarios, with which optimiser, and the outcome.
 *
 * @param controller  the controller's name
 * @param gains       the controller's gains with their defaults and the bounds that were searched
 * @param result      the optimiser's result (best gains in {@code gains} order)
 * @param defaultCost the cost of the default gains on the same scenarios
 * @param scenarios   a description of the scenario set (kind, count, duration, dt, plant, the scenarios)
 * @param simulations closed-loop runs simulated (the defaults' runs included)
 * @param steps       control steps simulated (runs that fail stop early and count fewer)
 * @param versions    software versions (dip, Java)
 */
public record TuningReport(String controller, ParameterSpace gains, OptimizationResult result, double defaultCost,
                           Map<String, Object> scenarios, long simulations, long steps, Map<String, String> versions) {

    /** Checks that the result fits the gains and copies the maps. */
    public TuningReport {
        if (result.bestPosition().length != gains.dimension()) {
            throw new IllegalArgumentException("result has " + result.bestPosition().length + " gains, "
                    + controller + " has " + gains.dimension());
        }
        scenarios = Collections.unmodifiableMap(new LinkedHashMap<>(scenarios));
        versions = Collections.unmodifiableMap(new LinkedHashMap<>(versions));
    }

    /** @return control steps simulated per second of the optimiser's wall time */
    public double stepsPerSecond() {
        double seconds = result.wallTime().toNanos() * 1e-9;
        return seconds > 0 ? steps / seconds : 0.0;
    }

    /** @return the best gains with their names */
    public TunedGains bestGains() {
        return new TunedGains(controller, gains.names(), result.bestPosition());
    }
}
