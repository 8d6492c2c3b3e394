package io.dip.sim.recording;

import io.dip.api.StateIndex;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Streams a run to a CSV file as it goes: header {@code t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,d,sigma},
 * one row every {@code sampleEvery} steps (state before the step; the actuator's force u and the disturbance d
 * during it, in N; σ, an empty cell for a controller without one), then a last row with the end state and empty
 * {@code u}, {@code d} and {@code sigma}.
 *
 * <p>Rows go to {@code <target>.partial}; {@link #finish} with {@code complete = true} moves that file onto the
 * target (atomically where the file system allows), so a file under the target name is always a whole run. A run
 * that was cancelled or threw leaves only the {@code .partial} file.
 *
 * <p>Numbers are written in the shortest form that reads back exactly ({@link ShortestDoubleFormatter}) into a
 * reused 64 KiB byte buffer handed to a {@link FileOutputStream} when full: {@link #record} allocates nothing.
 */
public final class CsvRecorder implements Recorder {

    /** Suffix of the file written while the run is in progress. */
    public static final String PARTIAL_SUFFIX = PartialFiles.SUFFIX;

    private static final byte[] HEADER =
            (String.join(",", Trajectory.COLUMNS) + "\n").getBytes(StandardCharsets.US_ASCII);
    private static final int BUFFER_SIZE = 1 << 16;
    private static final int MAX_ROW = Trajectory.WIDTH * (ShortestDoubleFormatter.MAX_LENGTH + 1);

    private final Path target;
    private final Path partial;
    private final Decimator decimator;
    private final byte[] buffer = new byte[BUFFER_SIZE];
    private int used;
    private OutputStream out;
    private long rows;
    private boolean finished;

    /**
     * @param target      the CSV file to produce
     * @param sampleEvery write one step in this many, ≥ 1
     */
    public CsvRecorder(Path target, int sampleEvery) {
        this.target = target.toAbsolutePath();
        this.partial = PartialFiles.partialOf(this.target);
        this.decimator = new Decimator(sampleEvery);
    }

    /** @return the target file */
    public Path target() {
        return target;
    }

    /** @return the file written while the run is in progress */
    public Path partialFile() {
        return partial;
    }

    @Override
    public void begin(long expectedSteps) {
        if (out != null || finished) {
            throw new IllegalStateException("a CsvRecorder records one run; create a new one");
        }
        try {
            PartialFiles.createParent(partial);
            out = new FileOutputStream(partial.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + partial, e);
        }
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        used = HEADER.length;
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        if (!decimator.keep()) {
            return;
        }
        ensureRoom();
        used = ShortestDoubleFormatter.format(t, buffer, used);
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            buffer[used++] = ',';
            used = ShortestDoubleFormatter.format(x[i], buffer, used);
        }
        buffer[used++] = ',';
        used = ShortestDoubleFormatter.format(u, buffer, used);
        buffer[used++] = ',';
        used = ShortestDoubleFormatter.format(d, buffer, used);
        buffer[used++] = ',';
        if (!Double.isNaN(sigma)) {
            used = ShortestDoubleFormatter.format(sigma, buffer, used);
        }
        buffer[used++] = '\n';
        rows++;
    }

    @Override
    public CsvRecording finish(double t, double[] finalState, boolean complete) {
        if (out == null || finished) {
            throw new IllegalStateException("finish without begin, or twice");
        }
        finished = true;
        try (OutputStream stream = out) {
            ensureRoom();
            used = ShortestDoubleFormatter.format(t, buffer, used);
            for (int i = 0; i < StateIndex.DIMENSION; i++) {
                buffer[used++] = ',';
                used = ShortestDoubleFormatter.format(finalState[i], buffer, used);
            }
            for (int empty = Trajectory.CONTROL; empty < Trajectory.WIDTH; empty++) {
                buffer[used++] = ',';
            }
            buffer[used++] = '\n';
            stream.write(buffer, 0, used);
            used = 0;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + partial, e);
        }
        if (!complete) {
            return new CsvRecording(partial, rows, false);
        }
        try {
            PartialFiles.commit(partial, target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + partial + " to " + target, e);
        }
        return new CsvRecording(target, rows, true);
    }

    private void ensureRoom() {
        if (used + MAX_ROW > buffer.length) {
            try {
                out.write(buffer, 0, used);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + partial, e);
            }
            used = 0;
        }
    }
}
