package io.dip.sim.montecarlo;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.metrics.Metric;
import io.dip.sim.recording.PartialFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every run of a Monte Carlo study as one CSV row, streamed as the runs finish (in index order), so that a study of
 * any size keeps its per-run data on disk rather than in memory. Columns:
 *
 * <pre>
 * index,seed,status,stop_time,&lt;measure keys&gt;,settled,x0_&lt;state&gt;…,&lt;physics keys&gt;…,reason
 * </pre>
 *
 * A measure that does not apply (a failed run; the settling time of a run that did not settle) is an empty cell;
 * the reason (why a run did not complete) is quoted. Written to {@code <file>.partial} and moved onto the file by
 * {@link #close()}, which is done also for a cancelled study (the rows of the runs done).
 */
public final class RunRowsFile implements AutoCloseable {

    private final Path target;
    private final Path partial;
    private final BufferedWriter out;
    private boolean closed;

    /**
     * Creates the file and writes the header.
     *
     * @param target the CSV file
     * @throws UncheckedIOException naming the file when it cannot be created
     */
    public RunRowsFile(Path target) {
        this.target = target.toAbsolutePath();
        this.partial = PartialFiles.partialOf(target);
        try {
            PartialFiles.createParent(partial);
            this.out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8);
            out.write(String.join(",", header()));
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partial, e);
        }
    }

    /** @return the column names */
    public static List<String> header() {
        List<String> columns = new ArrayList<>(List.of("index", "seed", "status", "stop_time"));
        for (Metric metric : Metric.values()) {
            columns.add(metric.key());
        }
        columns.add("settled");
        for (String state : StateIndex.NAMES) {
            columns.add("x0_" + state);
        }
        columns.addAll(List.of(PhysicalParameters.KEYS));
        columns.add("reason");
        return columns;
    }

    /** @param run one run's summary */
    void write(RunSummary run) {
        StringBuilder line = new StringBuilder(512);
        line.append(run.index()).append(',').append(run.seed()).append(',').append(run.status().name()).append(',')
                .append(run.stopTime());
        for (Metric metric : Metric.values()) {
            double value = metric.of(run.metrics());
            line.append(',');
            if (Double.isFinite(value)) {
                line.append(value);
            }
        }
        line.append(',').append(run.metrics().settled());
        for (double v : run.initialState()) {
            line.append(',').append(v);
        }
        for (double p : run.parameters().toArray()) {
            line.append(',').append(p);
        }
        line.append(',');
        if (run.reason() != null) {
            line.append('"').append(run.reason().replace("\"", "\"\"")).append('"');
        }
        try {
            out.write(line.toString());
            out.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial, e);
        }
    }

    /** @return the file the rows end up in */
    public Path target() {
        return target;
    }

    /** Flushes the rows and moves the file onto its name. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            out.close();
            PartialFiles.commit(partial, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target, e);
        }
    }
}
