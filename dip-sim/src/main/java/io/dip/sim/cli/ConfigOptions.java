package io.dip.sim.cli;

import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --config FILE} and {@code --set KEY=VALUE} options, as a picocli mixin. */
public final class ConfigOptions {

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: ./" + ConfigLoader.DEFAULT_FILE_NAME + " when present, "
                    + "else the built-in defaults).")
    private Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Override one setting by its dotted key, the value in YAML, e.g. --set simulation.dt=0.0005 "
                    + "or --set 'simulation.initial_state=[0, 0.2, 0, 0, 0, 0]'. Repeatable; applied after the file.")
    private Map<String, String> overrides = new LinkedHashMap<>();

    /** @return the file that will be read ({@code --config}, else {@code ./dip.yaml} when present), or null */
    public Path configFile() {
        return ConfigLoader.resolve(configFile, Path.of(""));
    }

    /** @return the {@code --set} overrides in command-line order */
    public Map<String, String> overrides() {
        return overrides;
    }

    /**
     * @return the effective configuration: defaults, then the file, then the overrides
     * @throws io.dip.sim.config.ConfigException for a bad file, setting or override
     */
    public DipConfig load() {
        return ConfigLoader.load(configFile(), overrides);
    }
}
