/**
 * Bounded recording of closed-loop runs: a {@link io.dip.sim.recording.Recorder} is fed every step with the time,
 * the state before the step, the actuator's force u and the disturbance d applied during it and σ (when the
 * controller has one), and keeps what it was built to keep — a decimated,
 * row-capped trajectory in memory, a CSV file streamed as the run goes, or nothing.
 *
 * <p>No recorder allocates on its per-step path: the in-memory recorder writes into an array sized at the start of
 * the run, and the CSV recorder formats numbers with {@link io.dip.sim.recording.ShortestDoubleFormatter} into a
 * reused byte buffer. A 10-hour run therefore costs a fixed amount of memory whatever recorder it uses.
 */
package io.dip.sim.recording;
