package io.dip.sim.cli;

import io.dip.api.Angles;
import io.dip.api.StateIndex;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.metrics.Metric;
import io.dip.sim.metrics.RunMetrics;
import io.dip.sim.realtime.PacedLoopResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The terminal summary of closed-loop runs: one column per run, one row per figure — status, end time, steps, the
 * measures of {@link Metric}, the largest final link angle, wall time and steps per second; for a real-time run also
 * the deadline misses and the per-step response latency.
 */
final class ResultTable {

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
        TextTable table = table(List.of(result));
        table.row("idle strategy", timing.idle().label());
        table.row("deadline misses", timing.deadlineMisses() + " / " + timing.iterations());
        table.row("latency p50 (µs)", micros(timing.latency().p50Nanos()));
        table.row("latency p99 (µs)", micros(timing.latency().p99Nanos()));
        table.row("latency max (µs)", micros(timing.latency().maxNanos()));
        table.print(out, "");
    }

    private static String micros(long nanos) {
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
        row(table, results, "end time (s)", r -> fixed(r.stopTime(), 3));
        row(table, results, "steps", r -> Long.toString(r.steps()));
        for (Metric metric : Metric.values()) {
            row(table, results, metric.label(), r -> metric == Metric.MODE_SWITCHES
                    ? Long.toString(r.metrics().modeSwitches()) : significant(metric.of(r.metrics())));
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

    /** @return four significant digits, e.g. {@code 0.01234}, {@code 38.65}, {@code 1.234e-05} */
    static String significant(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.4g", value) : Double.toString(value);
    }

    private static String fixed(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
