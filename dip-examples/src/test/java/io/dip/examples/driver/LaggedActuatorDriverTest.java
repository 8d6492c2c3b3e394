package io.dip.examples.driver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.measure.AllocationAssertions;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a driver author checks: registration, the lag, the safe state and zero allocation per period. */
class LaggedActuatorDriverTest {

    private static final double DT = 0.01;

    @Test
    void isFoundByTheRegistryAsAHardwareDriver() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            assertTrue(registry.plugins(PluginKind.HARDWARE_DRIVER).stream()
                    .anyMatch(info -> info.name().equals("lagged_actuator")));
        }
    }

    @Test
    void theMotorForceFollowsTheCommandWithTheLag() {
        try (PluginRegistry registry = PluginRegistry.load(null); HardwareDriver driver = driver(registry, 0.05)) {
            double[] state = new double[6];
            driver.command(10.0);
            assertTrue(driver.pollState(state));
            assertEquals(10.0 * DT / 0.05, driver.counters().get("u_act"), 1e-12);
            for (int k = 1; k < 100; k++) {
                driver.command(10.0);
                driver.pollState(state);
            }
            assertEquals(10.0 * (1 - Math.pow(1 - DT / 0.05, 100)), driver.counters().get("u_act"), 1e-9);
            driver.enterSafeState();
            driver.command(10.0);
            assertEquals(0.0, driver.counters().get("u_act"));
            assertTrue(driver.faultLatched());
        }
    }

    @Test
    void aPeriodAllocatesNothing() {
        try (PluginRegistry registry = PluginRegistry.load(null); HardwareDriver driver = driver(registry, 0.05)) {
            double[] state = new double[6];
            AllocationAssertions.assertAllocationFree("command + pollState", () -> {
                driver.command(0.0);
                driver.pollState(state);
            });
            assertFalse(driver.faultLatched());
        }
    }

    private static HardwareDriver driver(PluginRegistry registry, double tau) {
        HardwareDriver driver = registry.hardwareDriver("lagged_actuator").create(new HardwareDriverSpec(DT, 20.0,
                new double[6], Double.POSITIVE_INFINITY, 1,
                registry.integrator("rk4").create(registry.dynamics("full").create(
                        PhysicalParameters.DEFAULTS), Options.empty("integrator")),
                Options.of("hil.lagged_actuator", Map.of("tau", tau))));
        driver.open();
        driver.start();
        return driver;
    }
}
