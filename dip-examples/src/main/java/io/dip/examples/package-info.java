/**
 * Runnable examples of the dip API and an out-of-tree style third-party controller plugin that depends only on
 * {@code dip-api} and registers itself with a {@code META-INF/services} file.
 */
package io.dip.examples;
