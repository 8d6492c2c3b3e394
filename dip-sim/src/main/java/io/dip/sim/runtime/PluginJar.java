package io.dip.sim.runtime;

import java.net.URLClassLoader;

/**
 * One jar of the plugins directory with its own class loader.
 *
 * @param fileName the jar's file name, used as its source in listings and messages
 * @param loader   the class loader reading only this jar (its parent is the application class loader)
 */
record PluginJar(String fileName, URLClassLoader loader) {
}
