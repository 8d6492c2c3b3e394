package io.dip.sim.cluster;

import java.io.Serializable;
import java.util.Arrays;

/**
 * What a cluster member needs to rebuild a study exactly as the invoking process built it: the effective
 * configuration as YAML ({@link io.dip.sim.config.DipConfig#toYaml()}, which loads back to the same configuration)
 * and the controller with its gains; the member builds the scenario with the {@code io.dip.sim.setup} factories.
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
