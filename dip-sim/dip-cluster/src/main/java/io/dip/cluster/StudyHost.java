package io.dip.cluster;

import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.ConfigPluginCheck;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.MonteCarloFactory;
import io.dip.sim.setup.ScenarioFactory;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a member serves studies with: its plugin registry and the fingerprints of its plugin jars, a cancellation
 * set when it shuts down, and the studies it rebuilt from their recipes (the last {@link #CACHED_STUDIES}, so that
 * a batch does not parse the configuration again). Kept in the member's user context under {@link #KEY}.
 */
final class StudyHost implements AutoCloseable {

    /** Key of the host in the Hazelcast user context. */
    static final String KEY = "io.dip.cluster.StudyHost";

    /** Studies kept rebuilt at once. */
    static final int CACHED_STUDIES = 4;

    private final PluginRegistry registry;
    private final List<PluginFingerprint> plugins;
    private final Cancellation shutdown = new Cancellation();
    private final Map<StudyRecipe, MonteCarloStudy> studies = new LinkedHashMap<>(CACHED_STUDIES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<StudyRecipe, MonteCarloStudy> eldest) {
            return size() > CACHED_STUDIES;
        }
    };

    /**
     * @param pluginsDirectory the member's {@code --plugins} directory, or null
     * @throws io.dip.sim.runtime.PluginException for a bad plugin
     */
    StudyHost(Path pluginsDirectory) {
        this.plugins = PluginFingerprint.of(pluginsDirectory);
        this.registry = PluginRegistry.load(pluginsDirectory);
    }

    /** @return the fingerprints of the member's plugin jars, sorted by name */
    List<PluginFingerprint> plugins() {
        return plugins;
    }

    /** @return set once the member shuts down */
    Cancellation shutdown() {
        return shutdown;
    }

    /**
     * @param recipe a study's recipe
     * @return the study, rebuilt with the member's providers exactly as the invoking process built it
     * @throws RuntimeException when the configuration or a provider is rejected here
     */
    synchronized MonteCarloStudy study(StudyRecipe recipe) {
        MonteCarloStudy study = studies.get(recipe);
        if (study == null) {
            DipConfig config = ConfigLoader.parse(recipe.configYaml(), "the study's configuration", Map.of());
            ConfigPluginCheck.verify(config, registry);
            study = MonteCarloFactory.study(config,
                    ScenarioFactory.baseScenario(config, registry, recipe.controller(), recipe.gains()));
            studies.put(recipe, study);
        }
        return study;
    }

    /** Stops the running batches and closes the plugin registry. */
    @Override
    public void close() {
        shutdown.cancel();
        registry.close();
    }
}
