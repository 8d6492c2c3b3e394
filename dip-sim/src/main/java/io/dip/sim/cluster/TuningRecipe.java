package io.dip.sim.cluster;

import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.ConfigPluginCheck;
import io.dip.sim.config.DipConfig;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.TuningFactory;
import io.dip.sim.tuning.ScenarioSet;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a cluster member needs to rebuild the scenario set of a tuning exactly as the invoking process built it
 * ({@link TuningFactory#scenarioSet}): the effective configuration as YAML, the controller, the choice of the robust
 * set and the extra initial states. The gains travel with each task.
 *
 * @param configYaml  the effective configuration ({@link DipConfig#toYaml()})
 * @param controller  the controller's canonical name
 * @param robust      the robust set instead of the configured one
 * @param extraStates extra initial states on the nominal plant, six values each
 */
public record TuningRecipe(String configYaml, String controller, boolean robust, List<double[]> extraStates)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the states. */
    public TuningRecipe {
        extraStates = copy(extraStates);
    }

    /** @return a copy of the extra initial states */
    @Override
    public List<double[]> extraStates() {
        return copy(extraStates);
    }

    /**
     * @param registry the plugins of the process that builds it
     * @return the scenario set
     * @throws RuntimeException when the configuration or a provider is rejected
     */
    public ScenarioSet scenarios(PluginRegistry registry) {
        DipConfig config = ConfigLoader.parse(configYaml, "the tuning's configuration", Map.of());
        ConfigPluginCheck.verify(config, registry);
        return TuningFactory.scenarioSet(config, registry, controller, robust, extraStates);
    }

    private static List<double[]> copy(List<double[]> states) {
        List<double[]> copy = new ArrayList<>(states.size());
        for (double[] state : states) {
            copy.add(state.clone());
        }
        return List.copyOf(copy);
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TuningRecipe that) || robust != that.robust || !configYaml.equals(that.configYaml)
                || !controller.equals(that.controller) || extraStates.size() != that.extraStates.size()) {
            return false;
        }
        for (int i = 0; i < extraStates.size(); i++) {
            if (!Arrays.equals(extraStates.get(i), that.extraStates.get(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 31 * (31 * configYaml.hashCode() + controller.hashCode()) + Boolean.hashCode(robust);
        for (double[] state : extraStates) {
            hash = 31 * hash + Arrays.hashCode(state);
        }
        return hash;
    }

    @Override
    public String toString() {
        return "TuningRecipe[" + controller + (robust ? ", robust" : "") + ", " + extraStates.size()
                + " extra state(s), " + configYaml.length() + " characters of configuration]";
    }
}
