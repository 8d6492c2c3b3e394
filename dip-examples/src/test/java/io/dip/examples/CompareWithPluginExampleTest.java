package io.dip.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.runtime.PluginRegistry;
import org.junit.jupiter.api.Test;

/** The example's two controllers, one built in and one from the example plugin, both balance the pendulum. */
class CompareWithPluginExampleTest {

    @Test
    void bothControllersBalanceThePendulumFromTheExampleState() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            for (String name : CompareWithPluginExample.CONTROLLERS) {
                SimulationResult result = CompareWithPluginExample.run(registry, name);
                assertEquals(StopStatus.COMPLETED, result.status(), name);
                double[] end = result.metrics().finalState();
                double worst = Math.max(Math.abs(end[1]), Math.abs(end[2]));
                assertTrue(worst < 0.025, name + " ends at max |theta| = " + worst + " rad");
            }
        }
    }
}
