package io.dip.sim.cli;

import io.dip.sim.config.ConfigException;
import io.dip.sim.config.ConfigPluginCheck;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.Scenario;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.ScenarioFactory;

/**
 * What a running command works with: the {@link DipContext} of {@code --config}, {@code --set} and
 * {@code --plugins}, and the effective configuration once the command's flags are applied and checked against the
 * installed providers. Close it when the command is done.
 */
public final class ScenarioContext implements AutoCloseable {

    private final DipContext context;
    private final DipConfig config;

    private ScenarioContext(DipContext context, DipConfig config) {
        this.context = context;
        this.config = config;
    }

    /**
     * @param common the configuration and plugin options
     * @param flags  the command's flags as configuration overrides
     * @return the checked context
     * @throws ConfigException for a bad configuration or flag value (exit code 2)
     * @throws io.dip.sim.runtime.PluginException for a bad plugin (exit code 2)
     */
    public static ScenarioContext open(CommonOptions common, FlagOverrides flags) {
        DipContext context = common.openContext();
        try {
            DipConfig effective = flags.applyTo(context.config());
            if (effective != context.config()) {
                ConfigPluginCheck.verify(effective, context.registry());
            }
            return new ScenarioContext(context, effective);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
    }

    /** @return the effective configuration: defaults, file, {@code --set}, then the flags */
    public DipConfig config() {
        return config;
    }

    /** @return the installed providers */
    public PluginRegistry registry() {
        return context.registry();
    }

    /**
     * @param choice the controller and gains of the command line
     * @return its base scenario ({@link ScenarioFactory#baseScenario})
     */
    public Scenario baseScenario(ControllerChoice choice) {
        return ScenarioFactory.baseScenario(config, registry(), choice.name(), choice.gains());
    }

    /** Closes the plugin registry. */
    @Override
    public void close() {
        context.close();
    }
}
