package io.dip.sim.cli;

import io.dip.sim.config.SimulationSettings;
import picocli.CommandLine.Option;

/**
 * The scenario flags shared by {@code simulate}, {@code compare} and {@code montecarlo}, as a picocli mixin: the
 * flags of {@link LoopOptions} and {@code --plant MODEL}. Each flag given overrides its configuration key, after the
 * file and the {@code --set} overrides. A flag not given leaves the configured value (built-in defaults: full plant,
 * rk4, dt 0.001 s, 10 s, x0 = [0, 0.1, −0.05, 0, 0, 0]).
 */
public final class ScenarioOptions extends LoopOptions {

    @Option(names = "--plant", paramLabel = "MODEL",
            description = "Plant model: full, simplified, linear or a plugin's. Default: simulation.plant, built in "
                    + "full.")
    private String plant;

    /**
     * @return every flag given, as overrides of its configuration key (more may be added before applying them)
     */
    @Override
    public FlagOverrides overrides() {
        return super.overrides().put(SimulationSettings.SECTION + ".plant", "--plant", plant);
    }
}
