package io.dip.hil;

import io.dip.api.Diagnostics;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.realtime.LatencySummary;
import io.dip.sim.realtime.PacedLoopResult;

/**
 * What a controller's run against a HIL plant produced.
 *
 * @param result         the closed-loop result, as {@code dip simulate} reports it
 * @param roundTrip      command-to-reply times (ns), coordinated omission corrected when paced
 * @param deadlineMisses periods without a valid reply within the timeout
 * @param repeats        commands sent again before their deadline
 * @param link           the driver's counters (for the UDP link: sent, received, lost, duplicate, stale, corrupt,
 *                       short)
 * @param injected       the faults injected on this end's send path, or null when the driver injects none
 * @param pacing         the periods' timing when paced ({@code --realtime}), else null
 */
record HilOutcome(SimulationResult result, LatencySummary roundTrip, long deadlineMisses, long repeats,
        Diagnostics link, Diagnostics injected, PacedLoopResult pacing) {
}
