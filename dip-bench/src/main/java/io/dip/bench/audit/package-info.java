/**
 * The memory and latency audit of controllers ({@code dip audit}): the controller contract of the test kit
 * (allocation per {@code computeControl} and per closed-loop step in a child JVM with escape analysis off, retained
 * size against its ceiling and its growth, clean-up, released model, reset, thread confinement, gain validation),
 * a long non-recording run through the engine with heap and retained-size probes, latency percentiles, the
 * Epsilon-GC proof in a child JVM and paced real-time runs, collected into an
 * {@link io.dip.bench.audit.AuditReport}.
 *
 * <p>Every controller runs on the {@link io.dip.bench.ReferenceRig} through the engine's step API.
 */
package io.dip.bench.audit;
