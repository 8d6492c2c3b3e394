package io.dip.examples.driver;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverProvider;
import io.dip.api.HardwareDriverSpec;

/** Registers {@link LaggedActuatorDriver} as the {@code lagged_actuator} hardware driver. */
public final class LaggedActuatorProvider implements HardwareDriverProvider {

    /** ServiceLoader entry point. */
    public LaggedActuatorProvider() {
    }

    @Override
    public String name() {
        return "lagged_actuator";
    }

    @Override
    public String description() {
        return "Example driver: the configured plant behind a motor with a first-order lag (option tau, s)";
    }

    @Override
    public HardwareDriver create(HardwareDriverSpec spec) {
        return new LaggedActuatorDriver(spec);
    }
}
