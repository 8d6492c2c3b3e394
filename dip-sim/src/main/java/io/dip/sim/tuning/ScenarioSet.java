package io.dip.sim.tuning;

import io.dip.sim.engine.Scenario;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The scenarios a gain vector is scored on, all with the same controller (whose gains the tuner replaces).
 *
 * @param kind      {@code configured} (from the {@code pso} section) or {@code robust}
 * @param seed      the seed of the random initial states and parameter draws
 * @param scenarios the runs, at least one
 */
public record ScenarioSet(String kind, long seed, List<Scenario> scenarios) {

    /** Copies the list and checks it is not empty. */
    public ScenarioSet {
        scenarios = List.copyOf(scenarios);
        if (scenarios.isEmpty()) {
            throw new IllegalArgumentException("a tuning scenario set needs at least one scenario");
        }
    }

    /** @return the number of scenarios */
    public int size() {
        return scenarios.size();
    }

    /** @return the scenarios with the controller's gains replaced by {@code gains} */
    public List<Scenario> withGains(double[] gains) {
        List<Scenario> out = new ArrayList<>(scenarios.size());
        for (Scenario s : scenarios) {
            out.add(s.withGains(gains));
        }
        return out;
    }

    /**
     * @return kind, seed, count, the shared settings of the first scenario (plant model, integrator, duration, dt,
     *         cost function...) and per scenario its name, initial state and plant parameters — for result files
     */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("kind", kind);
        map.put("seed", seed);
        map.put("count", scenarios.size());
        Map<String, Object> shared = scenarios.get(0).describe();
        shared.remove("name");
        shared.remove("initial_state");
        shared.remove("seed");
        shared.remove("controller");
        map.put("common", shared);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Scenario s : scenarios) {
            Map<String, Object> one = new LinkedHashMap<>();
            Map<String, Object> full = s.describe();
            one.put("name", full.get("name"));
            one.put("initial_state", full.get("initial_state"));
            one.put("plant", full.get("plant"));
            one.put("seed", full.get("seed"));
            list.add(one);
        }
        map.put("scenarios", list);
        return Collections.unmodifiableMap(map);
    }
}
