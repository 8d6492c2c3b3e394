package io.dip.cluster;

import io.dip.sim.engine.Cancellation;
import io.dip.sim.runtime.PluginRegistry;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What a member serves studies with: its plugin registry and the fingerprints of its plugin jars, a cancellation
 * set when it shuts down, and what it rebuilt from the studies' recipes (the last {@link #CACHED_STUDIES}, so that
 * a task does not parse the configuration again). Kept in the member's user context under {@link #KEY}.
 */
final class StudyHost implements AutoCloseable {

    /** Key of the host in the Hazelcast user context. */
    static final String KEY = "io.dip.cluster.StudyHost";

    /** Studies kept rebuilt at once. */
    static final int CACHED_STUDIES = 4;

    private final PluginRegistry registry;
    private final List<PluginFingerprint> plugins;
    private final Cancellation shutdown = new Cancellation();
    private final Map<Object, Object> built = new LinkedHashMap<>(CACHED_STUDIES, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Object> eldest) {
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
     * @param recipe a study's recipe (with value equality)
     * @param build  builds the study from the recipe with the member's plugins
     * @param <T>    what is built
     * @return what {@code build} gave for an equal recipe, or builds it now
     * @throws RuntimeException when the configuration or a provider is rejected here
     */
    @SuppressWarnings("unchecked")
    synchronized <T> T built(Object recipe, Function<PluginRegistry, T> build) {
        Object study = built.get(recipe);
        if (study == null) {
            study = build.apply(registry);
            built.put(recipe, study);
        }
        return (T) study;
    }

    /** Stops the running tasks and closes the plugin registry. */
    @Override
    public void close() {
        shutdown.cancel();
        registry.close();
    }
}
