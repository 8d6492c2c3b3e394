/**
 * A third-party style controller plugin: it depends only on {@code io.dip.api} and is registered by the file
 * {@code META-INF/services/io.dip.api.ControllerProvider}. Build the module's jar and drop it into a plugins
 * directory ({@code ./dip plugins --plugins DIR}) to load it beside the built-in controllers.
 */
package io.dip.examples.plugin;
