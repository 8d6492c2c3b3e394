package io.dip.sim.cluster;

import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.ConfigPluginCheck;
import io.dip.sim.config.DipConfig;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.MonteCarloFactory;
import io.dip.sim.setup.ScenarioFactory;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;

/**
 * What a cluster member needs to rebuild a study exactly as the invoking process built it: the effective
 * configuration as YAML ({@link io.dip.sim.config.DipConfig#toYaml()}, which loads back to the same configuration)
 * and the controller with its gains; {@link #study} builds the study with the {@code io.dip.sim.setup} factories.
 *
 * @param configYaml the effective configuration
 * @param controller the controller's provider name
 * @param gains      its gains, or null for the configuration's
 */
public record StudyRecipe(String configYaml, String controller, double[] gains) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Copies the gains. */
    public StudyRecipe {
        gains = gains == null ? null : gains.clone();
    }

    /** @return a copy of the gains, or null */
    @Override
    public double[] gains() {
        return gains == null ? null : gains.clone();
    }

    /**
     * @param registry the plugins of the process that builds it
     * @return the study, built exactly as the invoking process built it
     * @throws RuntimeException when the configuration or a provider is rejected
     */
    public MonteCarloStudy study(PluginRegistry registry) {
        DipConfig config = ConfigLoader.parse(configYaml, "the study's configuration", Map.of());
        ConfigPluginCheck.verify(config, registry);
        return MonteCarloFactory.study(config, ScenarioFactory.baseScenario(config, registry, controller, gains));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StudyRecipe that && configYaml.equals(that.configYaml)
                && controller.equals(that.controller) && Arrays.equals(gains, that.gains);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * configYaml.hashCode() + controller.hashCode()) + Arrays.hashCode(gains);
    }

    @Override
    public String toString() {
        return "StudyRecipe[" + controller + ", " + configYaml.length() + " characters of configuration]";
    }
}
