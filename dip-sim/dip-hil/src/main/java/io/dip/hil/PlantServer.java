package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.api.StateIndex;
import io.dip.api.Watchdog;
import io.dip.hardware.udp.CommandGate;
import io.dip.hardware.udp.PlantEndpoint;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.realtime.IdleStrategy;

/**
 * The plant server's loop (docs/model.md §10): serves a plant driver (a simulated rig) to one controller over a
 * {@link PlantEndpoint}.
 *
 * <ul>
 *   <li>{@link PlantMode#LOCKSTEP}: each accepted command steps the plant once and is answered with the state after
 *       the step; a retransmission (same seq) is answered with the same datagram, without stepping.</li>
 *   <li>{@link PlantMode#REALTIME}: from the first accepted command on, the plant steps every dt (s) of wall clock
 *       holding the last accepted force; each command is answered at once with the newest state; when no valid
 *       command comes for the watchdog time, the force becomes 0 N for good and the fault is latched.</li>
 * </ul>
 *
 * The loop ends when the plant has run its periods ({@code maxSteps}), then after {@value #LINGER_NANOS} ns without a
 * datagram (so that a retransmitted last command is still answered), or when the cancellation is set (Ctrl-C).
 * Between datagrams it waits with its {@link IdleStrategy} in slices of at most {@value DriverPlant#POLL_NANOS} ns;
 * after {@value #QUIET_NANOS} ns without one (no controller yet, or a pause) it parks in slices of
 * {@value #QUIET_POLL_NANOS} ns instead, so that a waiting server does not hold a core.
 * Allocation-free after construction.
 */
final class PlantServer {

    /** How long the server keeps answering retransmissions after its last period (ns). */
    static final long LINGER_NANOS = 1_000_000_000L;
    /** After this long without a datagram (ns) a waiting server parks instead of using its idle strategy. */
    static final long QUIET_NANOS = 10_000_000L;
    /** How long a quiet server parks between two looks at its socket (ns). */
    static final long QUIET_POLL_NANOS = 1_000_000L;

    /** Why the loop ended. */
    enum End {
        /** The plant ran its periods. */
        DURATION,
        /** The cancellation was set. */
        STOPPED
    }

    private final PlantEndpoint endpoint;
    private final HardwareDriver plant;
    private final PlantMode mode;
    private final long periodNanos;
    private final long maxSteps;
    private final IdleStrategy idle;
    private final Watchdog watchdog;
    private final double[] state = new double[StateIndex.DIMENSION];
    private long steps;
    private long refused;
    private long overruns;
    private long watchdogStep = -1;

    /**
     * @param endpoint        the open socket
     * @param plant           the open, started plant driver; its measured state before the first step must be in
     *                        {@code initialMeasurement}
     * @param initialMeasurement the state answered before the first real-time period (length 6)
     * @param mode            lock-step or real time
     * @param periodNanos     the control period (ns), &gt; 0
     * @param watchdogSeconds real time: the force becomes 0 after this long without a valid command (s)
     * @param maxSteps        periods to run; {@link Long#MAX_VALUE} for no limit
     * @param idle            how to wait for datagrams and periods
     */
    PlantServer(PlantEndpoint endpoint, HardwareDriver plant, double[] initialMeasurement, PlantMode mode,
            long periodNanos, double watchdogSeconds, long maxSteps, IdleStrategy idle) {
        this.endpoint = endpoint;
        this.plant = plant;
        this.mode = mode;
        this.periodNanos = periodNanos;
        this.maxSteps = maxSteps;
        this.idle = idle;
        this.watchdog = new Watchdog(watchdogSeconds);
        System.arraycopy(initialMeasurement, 0, state, 0, StateIndex.DIMENSION);
    }

    /**
     * Serves until the periods have run (and the linger time has passed) or {@code stop} is set.
     *
     * @param stop polled between datagrams
     * @return why it ended
     */
    End serve(Cancellation stop) {
        return mode == PlantMode.LOCKSTEP ? lockstep(stop) : realtime(stop);
    }

    private End lockstep(Cancellation stop) {
        long lastDatagram = System.nanoTime();
        while (!stop.isCancelled()) {
            long now = System.nanoTime();
            endpoint.flush(now);
            CommandGate.Verdict verdict = endpoint.receive();
            if (verdict == null) {
                if (steps >= maxSteps && now - lastDatagram > LINGER_NANOS) {
                    return End.DURATION;
                }
                awaitDatagram(now, lastDatagram);
                continue;
            }
            lastDatagram = now;
            if (verdict == CommandGate.Verdict.ACCEPT) {
                if (steps >= maxSteps) {
                    refused++;
                    continue;
                }
                plant.command(endpoint.command());
                if (!awaitState(stop)) {
                    return End.STOPPED;
                }
                steps++;
                endpoint.answer(state, System.nanoTime());
            } else if (verdict == CommandGate.Verdict.DUPLICATE) {
                endpoint.answerAgain(now);
            }
        }
        return End.STOPPED;
    }

    /** Waits a little for the next datagram: with the idle strategy while traffic flows, parked once quiet. */
    private void awaitDatagram(long now, long lastDatagram) {
        if (now - lastDatagram > QUIET_NANOS) {
            IdleStrategy.SLEEP.idleUntil(now + QUIET_POLL_NANOS);
        } else {
            idle.idleUntil(now + DriverPlant.POLL_NANOS);
        }
    }

    private boolean awaitState(Cancellation stop) {
        while (!plant.pollState(state)) {
            if (stop.isCancelled()) {
                return false;
            }
            idle.idleUntil(System.nanoTime() + DriverPlant.POLL_NANOS);
        }
        return true;
    }

    private End realtime(Cancellation stop) {
        double heldForce = 0.0;
        boolean running = false;
        long release = 0;
        long started = System.nanoTime();
        while (!stop.isCancelled()) {
            long now = System.nanoTime();
            endpoint.flush(now);
            CommandGate.Verdict verdict = endpoint.receive();
            if (verdict == CommandGate.Verdict.ACCEPT) {
                if (!running) {
                    running = true;
                    release = now + periodNanos;
                }
                watchdog.kick(now);
                if (!watchdog.expired()) {
                    heldForce = endpoint.command();
                }
                endpoint.answer(state, now);
                continue;
            }
            if (verdict == CommandGate.Verdict.DUPLICATE) {
                endpoint.answerAgain(now);
                continue;
            }
            if (verdict != null) {
                continue;
            }
            if (running && now - release >= 0) {
                if (!watchdog.expired() && watchdog.check(now)) {
                    watchdogStep = steps;
                    plant.enterSafeState();
                }
                if (watchdog.expired()) {
                    heldForce = 0.0;
                }
                plant.command(heldForce);
                if (!awaitState(stop)) {
                    return End.STOPPED;
                }
                steps++;
                if (steps >= maxSteps) {
                    return End.DURATION;
                }
                release += periodNanos;
                if (System.nanoTime() - release >= 0) {
                    overruns++;
                }
                continue;
            }
            if (running) {
                idle.idleUntil(Math.min(release, now + DriverPlant.POLL_NANOS));
            } else {
                awaitDatagram(now, started);
            }
        }
        return End.STOPPED;
    }

    /** @return plant periods run */
    long steps() {
        return steps;
    }

    /** @return accepted commands that came after the last period (not applied, not answered) */
    long refused() {
        return refused;
    }

    /** @return real-time periods that started late by a whole period or more */
    long overruns() {
        return overruns;
    }

    /** @return true once the real-time watchdog has zeroed the force (latched) */
    boolean watchdogTripped() {
        return watchdog.expired();
    }

    /** @return the period at which the watchdog tripped, −1 when it has not */
    long watchdogStep() {
        return watchdogStep;
    }

    /**
     * @param out receives the plant's last measured state (length 6)
     * @return {@code out}
     */
    double[] lastState(double[] out) {
        System.arraycopy(state, 0, out, 0, StateIndex.DIMENSION);
        return out;
    }
}
