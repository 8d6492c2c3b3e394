package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.hardware.udp.UdpLink;
import io.dip.sim.disturbance.SensorModel;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.engine.Scenario;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.realtime.PacedLoop;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.sim.recording.Recorder;

/**
 * Runs a controller against a plant reached through a {@link HardwareDriver}: the engine's {@link ClosedLoop} (sensor,
 * controller, actuator limit, disturbance, recorder, measures, stop rules) with its plant step replaced by a
 * {@link DriverPlant}. The sensor is the plant's: the loop's own sensor model is the identity, and the states the plant
 * sends are recorded as they come. Unpaced (lock-step plant), each command leaves as soon as the last reply is in;
 * paced, one command per control period dt on the wall clock ({@link PacedLoop}).
 */
final class HilClient {

    /**
     * How the client waits for replies.
     *
     * @param timeoutNanos reply timeout (ns)
     * @param retries      repeats of a command within its timeout
     * @param giveUpNanos  wall time without a valid reply after which the run ends LINK_LOST (ns)
     * @param idle         how to wait
     * @param realtime     pace one command per control period
     */
    record Timing(long timeoutNanos, int retries, long giveUpNanos, IdleStrategy idle, boolean realtime) {
    }

    private HilClient() {
    }

    /**
     * @param scenario     what to run (its sensor model is replaced by the identity)
     * @param recorder     where the steps go (new, for this run only)
     * @param driver       an open, started driver
     * @param timing       timeouts and pacing
     * @param cancellation set to stop the run (it ends CANCELLED and keeps what it recorded)
     * @return the result and the link's figures
     */
    static HilOutcome run(Scenario scenario, Recorder recorder, HardwareDriver driver, Timing timing,
            Cancellation cancellation) {
        Scenario hil = scenario.toBuilder().sensor(SensorModel.IDENTITY).build();
        long periodNanos = Math.round(hil.dt() * 1e9);
        RoundTripLatency latency = new RoundTripLatency(timing.realtime() ? periodNanos : 0);
        DriverPlant plant = new DriverPlant(driver, timing.timeoutNanos(), timing.retries(), timing.giveUpNanos(),
                timing.idle(), latency);
        long start = System.nanoTime();
        try (ClosedLoop loop = new ClosedLoop(hil, recorder, plant)) {
            PacedLoopResult pacing = null;
            if (timing.realtime()) {
                pacing = new PacedLoop(periodNanos, timing.idle())
                        .runWhile(k -> !cancellation.isCancelled() && loop.step(), hil.steps());
            }
            loop.run(cancellation);
            return new HilOutcome(loop.result(System.nanoTime() - start), latency.summary(), plant.deadlineMisses(),
                    plant.repeats(), driver.counters(), driver instanceof UdpLink link ? link.injected() : null,
                    pacing);
        }
    }
}
