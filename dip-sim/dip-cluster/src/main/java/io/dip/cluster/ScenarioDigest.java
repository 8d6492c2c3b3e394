package io.dip.cluster;

import io.dip.sim.tuning.ScenarioSet;
import java.nio.charset.StandardCharsets;

/**
 * The SHA-256 of a tuning scenario set's description ({@link ScenarioSet#describe()}: every scenario's plant,
 * initial state, seed and the shared settings), by which a member checks that it rebuilt the invoking process's
 * scenarios.
 */
final class ScenarioDigest {

    private ScenarioDigest() {
    }

    /**
     * @param scenarios a scenario set
     * @return the SHA-256 of its description, in hex
     */
    static String of(ScenarioSet scenarios) {
        return Sha256.of(scenarios.describe().toString().getBytes(StandardCharsets.UTF_8));
    }
}
