package io.dip.sim.cli;

import io.dip.api.Angles;
import io.dip.api.StateIndex;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.metrics.Metric;
import io.dip.sim.metrics.RunMetrics;
import io.dip.sim.realtime.PacedLoopResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The terminal summary of closed-loop runs: one column per run, one row per figure — status (and the error of a run
 * that threw), end time, steps, the measures of {@link Metric}, the largest final link angle, wall time and steps
 * per second; for a real-time run also the deadline misses and the per-step response latency. A measure that does
 * not apply to a run (it fell, diverged, threw or was cancelled) reads {@value #NOT_APPLICABLE}; the settling time
 * of a run that ended outside the band reads {@value #NOT_SETTLED}.
 */
public final class ResultTable {

    /** The cell of a figure that does not apply to a run. */
    static final String NOT_APPLICABLE = "n/a";
    /** The settling-time cell of a run that ended outside the settling band. */
    static final String NOT_SETTLED = "not settled";

    private ResultTable() {
    }

    /**
     * @param results the runs, one column each, headed by the scenario name
     * @param out     where to print
     */
    static void print(List<SimulationResult> results, PrintWriter out) {
        table(results).print(out, "");
    }

    /**
     * Prints the table of one real-time run, with rows for its deadline misses and response latency (µs).
     *
     * @param result the run
     * @param timing how its periods kept to the wall clock
     * @param out    where to print
     */
    static void print(SimulationResult result, PacedLoopResult timing, PrintWriter out) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("idle strategy", timing.idle().label());
        rows.put("deadline misses", timing.deadlineMisses() + " / " + timing.iterations());
        rows.put("latency p50 (µs)", micros(timing.latency().p50Nanos()));
        rows.put("latency p99 (µs)", micros(timing.latency().p99Nanos()));
        rows.put("latency max (µs)", micros(timing.latency().maxNanos()));
        print(result, rows, out);
    }

    /**
     * Prints the table of one run followed by rows of its own (a hardware-in-the-loop link's figures...).
     *
     * @param result the run
     * @param rows   label → value, in order
     * @param out    where to print
     */
    public static void print(SimulationResult result, Map<String, String> rows, PrintWriter out) {
        TextTable table = table(List.of(result));
        rows.forEach(table::row);
        table.print(out, "");
    }

    /**
     * @param nanos a duration (ns)
     * @return it in µs with one decimal
     */
    public static String micros(long nanos) {
        return fixed(nanos / 1e3, 1);
    }

    private static TextTable table(List<SimulationResult> results) {
        String[] header = new String[results.size() + 1];
        header[0] = "controller";
        for (int i = 0; i < results.size(); i++) {
            header[i + 1] = results.get(i).scenario().name();
        }
        TextTable table = new TextTable(header);
        row(table, results, "status", r -> r.status().name());
        if (results.stream().anyMatch(r -> r.error() != null)) {
            row(table, results, "error", r -> r.error() == null ? "" : r.error());
        }
        row(table, results, "end time (s)", r -> fixed(r.stopTime(), 3));
        row(table, results, "steps", r -> Long.toString(r.steps()));
        for (Metric metric : Metric.values()) {
            row(table, results, metric.label(), r -> measure(metric, r.metrics()));
        }
        row(table, results, "final max |θ| (rad)", r -> significant(finalMaxAngle(r.metrics())));
        row(table, results, "wall time (s)", r -> fixed(r.wallTimeNanos() / 1e9, 3));
        row(table, results, "steps/s", r -> String.format(Locale.ROOT, "%,.0f", r.stepsPerSecond()));
        return table;
    }

    private static void row(TextTable table, List<SimulationResult> results, String label,
            Function<SimulationResult, String> cell) {
        String[] cells = new String[results.size() + 1];
        cells[0] = label;
        for (int i = 0; i < results.size(); i++) {
            cells[i + 1] = cell.apply(results.get(i));
        }
        table.row(cells);
    }

    /** @return max(|θ1|, |θ2|) of the end state, angles wrapped to (−π, π] (rad) */
    static double finalMaxAngle(RunMetrics metrics) {
        double[] x = metrics.finalState();
        return Math.max(Math.abs(Angles.wrap(x[StateIndex.THETA1])), Math.abs(Angles.wrap(x[StateIndex.THETA2])));
    }

    /**
     * @param metric  a measure
     * @param metrics a run's measures
     * @return the value with four significant digits, {@value #NOT_SETTLED} for the settling time of a run that
     *         ended outside the band, {@value #NOT_APPLICABLE} when the measure does not apply to the run (it did not
     *         reach its end)
     */
    static String measure(Metric metric, RunMetrics metrics) {
        double value = metric.of(metrics);
        if (Double.isFinite(value)) {
            return metric == Metric.MODE_SWITCHES ? Long.toString((long) value) : significant(value);
        }
        return metric == Metric.SETTLING_TIME && metrics.applicable() ? NOT_SETTLED : NOT_APPLICABLE;
    }

    /** @return four significant digits, e.g. {@code 0.01234}, {@code 38.65}, {@code 1.234e-05} */
    static String significant(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : NOT_APPLICABLE;
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
