package io.dip.hardware.rig;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverProvider;
import io.dip.api.HardwareDriverSpec;
import java.util.Set;

/** The {@code simulated_rig} driver: a plant model behind an actuator (limit, delay) and a sensor (noise, steps). */
public final class SimulatedRigProvider implements HardwareDriverProvider {

    /** The driver's name. */
    public static final String NAME = "simulated_rig";

    /** ServiceLoader entry point. */
    public SimulatedRigProvider() {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Set<String> aliases() {
        return Set.of("sim_rig");
    }

    @Override
    public String description() {
        return "Simulated rig: the configured plant model behind an actuator (limit, delay_steps) and a sensor "
                + "(noise_std, quantization)";
    }

    @Override
    public HardwareDriver create(HardwareDriverSpec spec) {
        return new SimulatedRig(spec);
    }
}
