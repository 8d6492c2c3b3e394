package io.dip.sim.realtime;

import io.dip.sim.engine.SimulationResult;

/**
 * A closed-loop run paced against the wall clock.
 *
 * @param result the simulation result, as an unpaced run would report it
 * @param timing deadline misses and per-period response latency; {@code timing.iterations()} equals
 *               {@code result.steps()}
 */
public record RealTimeRun(SimulationResult result, PacedLoopResult timing) {
}
