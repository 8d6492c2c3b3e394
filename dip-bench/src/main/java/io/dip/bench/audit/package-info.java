/**
 * The memory and latency audit of controllers ({@code dip audit}): allocation per {@code computeControl} and per
 * closed-loop step, a long non-recording run with heap and retained-size probes, latency percentiles, the leak and
 * clean-up checks, the Epsilon-GC proof in a child JVM and paced real-time runs, collected into an
 * {@link io.dip.bench.audit.AuditReport}.
 *
 * <p>Every controller runs on the {@link io.dip.bench.ReferenceRig} through the engine's step API; measured loops
 * are warmed up until the JIT has settled, so that one-time compilation work is not charged to the controller.
 */
package io.dip.bench.audit;
