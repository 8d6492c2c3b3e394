package io.dip.bench.jmh;

import io.dip.sim.runtime.PluginRegistry;
import java.nio.file.Path;

/**
 * Opens the plugin registry of a benchmark fork: the class-path providers plus, when the system property
 * {@value #PROPERTY} names a directory, the plugin jars in it ({@link BenchRunner} passes {@code --plugins} on to
 * the forks this way).
 */
public final class BenchPlugins {

    /** System property naming the plugins directory of the forks. */
    public static final String PROPERTY = "dip.bench.plugins";

    private BenchPlugins() {
    }

    /** @return the registry; close it in the state's tear-down */
    public static PluginRegistry open() {
        String dir = System.getProperty(PROPERTY);
        return PluginRegistry.load(dir == null || dir.isBlank() ? null : Path.of(dir));
    }
}
