package io.dip.bench.audit;

import io.dip.sim.realtime.IdleStrategy;
import java.util.List;

/**
 * How much the audit measures.
 *
 * @param quick            true for the short CI form
 * @param hours            simulated hours of the long run (h)
 * @param dt               control period of every closed loop (s)
 * @param warmupCalls      calls before any measurement (lets the JIT compile the path)
 * @param measuredCalls    calls measured for allocation and latency, per path
 * @param deadlineNanos    the control deadline the latencies are compared with (ns)
 * @param realtimeRatesHz  rates of the paced real-time runs (Hz)
 * @param realtimeSeconds  wall time of each paced run (s)
 * @param idle             idle strategy of the paced runs
 * @param epsilon          true to repeat the long run in an Epsilon-GC child JVM
 */
public record AuditSettings(boolean quick, double hours, double dt, long warmupCalls, long measuredCalls,
                            long deadlineNanos, List<Double> realtimeRatesHz, double realtimeSeconds,
                            IdleStrategy idle, boolean epsilon) {

    /** Control period of the audit's closed loops: 0.01 s (100 Hz). */
    public static final double DEFAULT_DT = 0.01;
    /** Simulated hours of the full long run (3.6 M steps at 0.01 s). */
    public static final double DEFAULT_HOURS = 10.0;
    /** Simulated hours of the quick long run. */
    public static final double QUICK_HOURS = 1.0;
    /** The deadline latencies are compared with: 10 ms. */
    public static final long DEFAULT_DEADLINE_NANOS = 10_000_000L;
    /** Calls measured per path: 10⁶. */
    public static final long MEASURED_CALLS = 1_000_000L;
    /** Warm-up calls per path before measuring. */
    public static final long WARMUP_CALLS = 200_000L;

    /** Validates the numbers and copies the rate list. */
    public AuditSettings {
        if (!(hours > 0) || !Double.isFinite(hours)) {
            throw new IllegalArgumentException("--hours must be finite and > 0, got " + hours);
        }
        if (!(dt > 0) || !Double.isFinite(dt)) {
            throw new IllegalArgumentException("dt must be finite and > 0, got " + dt);
        }
        if (warmupCalls < 0 || measuredCalls < 1) {
            throw new IllegalArgumentException("need warm-up calls >= 0 and measured calls >= 1, got "
                    + warmupCalls + " and " + measuredCalls);
        }
        if (deadlineNanos <= 0) {
            throw new IllegalArgumentException("deadline must be > 0 ns, got " + deadlineNanos);
        }
        if (!(realtimeSeconds > 0)) {
            throw new IllegalArgumentException("real-time run length must be > 0 s, got " + realtimeSeconds);
        }
        realtimeRatesHz = List.copyOf(realtimeRatesHz);
        for (double rate : realtimeRatesHz) {
            if (!(rate > 0) || !Double.isFinite(rate)) {
                throw new IllegalArgumentException("real-time rate must be finite and > 0 Hz, got " + rate);
            }
        }
        if (idle == null) {
            throw new IllegalArgumentException("idle strategy must not be null");
        }
    }

    /**
     * @param hours simulated hours of the long run, or null for the default of the form
     * @param quick the short CI form: 1 h long run and 1 s paced runs instead of 10 h and 10 s
     * @param idle    idle strategy of the paced runs
     * @param epsilon whether to repeat the long run in an Epsilon-GC child JVM
     * @return the standard settings: dt 0.01 s, 2·10⁵ warm-up and 10⁶ measured calls, 10 ms deadline,
     *         paced runs at 100 Hz and 1 kHz
     */
    public static AuditSettings standard(Double hours, boolean quick, IdleStrategy idle, boolean epsilon) {
        double h = hours != null ? hours : quick ? QUICK_HOURS : DEFAULT_HOURS;
        return new AuditSettings(quick, h, DEFAULT_DT, WARMUP_CALLS, MEASURED_CALLS, DEFAULT_DEADLINE_NANOS,
                List.of(100.0, 1000.0), quick ? 1.0 : 10.0, idle, epsilon);
    }

    /** @return closed-loop steps of the long run, {@code round(hours · 3600 / dt)} */
    public long longRunSteps() {
        return Math.round(hours * 3600.0 / dt);
    }
}
