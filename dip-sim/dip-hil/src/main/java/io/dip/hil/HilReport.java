package io.dip.hil;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.api.Diagnostics;
import io.dip.sim.cli.ResultTable;
import io.dip.sim.engine.StopStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The controller end's report: the {@code dip simulate} summary table plus the link's rows — round-trip latency
 * p50 / p99 / max, the packet counters (sent, received, lost, stale, duplicate, corrupt, short; another driver's
 * own counters), deadline misses and repeats — and the same figures as the {@code hil} object of the JSON result.
 */
final class HilReport {

    private HilReport() {
    }

    /**
     * @param outcome the run
     * @param out     where to print
     */
    static void print(HilOutcome outcome, PrintWriter out) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("round trip p50 (µs)", ResultTable.micros(outcome.roundTrip().p50Nanos()));
        rows.put("round trip p99 (µs)", ResultTable.micros(outcome.roundTrip().p99Nanos()));
        rows.put("round trip max (µs)", ResultTable.micros(outcome.roundTrip().maxNanos()));
        Diagnostics link = outcome.link();
        String prefix = outcome.injected() != null ? "packets " : "driver ";
        for (int i = 0; i < link.size(); i++) {
            rows.put(prefix + link.name(i), count(link.value(i)));
        }
        rows.put("deadline misses", outcome.deadlineMisses() + " / " + outcome.result().steps());
        rows.put("repeated commands", Long.toString(outcome.repeats()));
        if (outcome.injected() != null) {
            Diagnostics injected = outcome.injected();
            for (int i = 0; i < injected.size(); i++) {
                rows.put(injected.name(i).replace('_', ' '), count(injected.value(i)));
            }
        }
        if (outcome.pacing() != null) {
            rows.put("period overruns", outcome.pacing().deadlineMisses() + " / " + outcome.pacing().iterations());
        }
        ResultTable.print(outcome.result(), rows, out);
        if (outcome.result().status() == StopStatus.LINK_LOST) {
            out.println("link lost: the plant stopped answering at t = " + outcome.result().stopTime()
                    + " s; the run stopped there (see --give-up)");
        }
    }

    /**
     * @param document the JSON result
     * @param outcome  the run
     */
    static void addJson(ObjectNode document, HilOutcome outcome) {
        ObjectNode hil = document.putObject("hil");
        hil.put("round_trip_p50_ns", outcome.roundTrip().p50Nanos());
        hil.put("round_trip_p99_ns", outcome.roundTrip().p99Nanos());
        hil.put("round_trip_max_ns", outcome.roundTrip().maxNanos());
        hil.put("round_trips", outcome.roundTrip().count());
        hil.put("deadline_misses", outcome.deadlineMisses());
        hil.put("repeated_commands", outcome.repeats());
        ObjectNode packets = hil.putObject("packets");
        Diagnostics link = outcome.link();
        for (int i = 0; i < link.size(); i++) {
            packets.put(link.name(i), (long) link.value(i));
        }
        if (outcome.injected() != null) {
            ObjectNode injected = hil.putObject("injected");
            for (int i = 0; i < outcome.injected().size(); i++) {
                injected.put(outcome.injected().name(i), (long) outcome.injected().value(i));
            }
        }
    }

    /**
     * @param counters a driver's or endpoint's counters
     * @return {@code accepted 10000, duplicate 2, ...}
     */
    static String line(Diagnostics counters) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < counters.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(counters.name(i)).append(' ').append(count(counters.value(i)));
        }
        return text.toString();
    }

    private static String count(double value) {
        return Long.toString((long) value);
    }
}
