package io.dip.sim.tuning;

import java.util.Map;

/**
 * An {@link Optimizer} whose name and settings are fixed at construction: it reports the settings' iteration
 * budget and values, and leaves the search itself to {@link #minimize}.
 *
 * @param <S> the optimiser's settings type
 */
abstract class ConfiguredOptimizer<S extends OptimizerSettings> implements Optimizer {

    /** The settings of every run. */
    protected final S settings;
    private final String name;

    /**
     * @param name     the optimiser's configuration name ({@code pso}, {@code cmaes}, {@code nelder_mead})
     * @param label    how error messages spell the method
     * @param settings the settings of every run
     * @throws IllegalArgumentException when {@code settings} is null
     */
    ConfiguredOptimizer(String name, String label, S settings) {
        if (settings == null) {
            throw new IllegalArgumentException(label + " settings must not be null");
        }
        this.name = name;
        this.settings = settings;
    }

    /** @return the optimiser's configuration name */
    @Override
    public final String name() {
        return name;
    }

    /** @return the settings' iteration budget */
    @Override
    public final int maxIterations() {
        return settings.iterationBudget();
    }

    /** @return the settings by name */
    @Override
    public final Map<String, Object> settings() {
        return settings.asMap();
    }
}
