package io.dip.sim.cli;

import io.dip.sim.engine.ResultJsonWriter;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.recording.CsvRecorder;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;
import io.dip.sim.recording.Trajectory;
import java.nio.file.Path;

/**
 * The recorders of one command-line run: a CSV file streamed as the run goes (one row every
 * {@code sample_every} steps), an in-memory trajectory for the plot and the JSON result, both, or nothing.
 *
 * <p>The in-memory trajectory is bounded whatever the run's length: it keeps one step in
 * {@code max(sample_every, ⌈steps / }{@value ResultJsonWriter#DEFAULT_TRAJECTORY_LIMIT}{@code ⌉)}, so it holds at
 * most {@value ResultJsonWriter#DEFAULT_TRAJECTORY_LIMIT} rows (720 kB) and is always small enough to embed in the
 * JSON result. The CSV file gets every {@code sample_every}-th step.
 */
public final class RunRecording {

    /** Most rows kept in memory. */
    public static final int MEMORY_ROWS = ResultJsonWriter.DEFAULT_TRAJECTORY_LIMIT;

    private final Recorder recorder;
    private final boolean csvFirst;
    private final boolean inMemory;

    private RunRecording(Recorder recorder, boolean csvFirst, boolean inMemory) {
        this.recorder = recorder;
        this.csvFirst = csvFirst;
        this.inMemory = inMemory;
    }

    /**
     * @param scenario    the run
     * @param sampleEvery record one step in this many, ≥ 1
     * @param csv         the CSV file to stream to, or null
     * @param inMemory    keep a trajectory in memory
     * @return the recording plan, with a new recorder
     */
    public static RunRecording of(Scenario scenario, int sampleEvery, Path csv, boolean inMemory) {
        Recorder memory = inMemory ? new MemoryRecorder(MEMORY_ROWS, memorySampleEvery(scenario.steps(),
                sampleEvery)) : null;
        if (csv == null) {
            return new RunRecording(memory == null ? NullRecorder.INSTANCE : memory, false, inMemory);
        }
        Recorder file = new CsvRecorder(csv, sampleEvery);
        return new RunRecording(memory == null ? file : new TeeRecorder(file, memory), true, inMemory);
    }

    /**
     * @param steps       the run's steps
     * @param sampleEvery the requested decimation
     * @return the decimation that keeps at most {@link #MEMORY_ROWS} rows
     */
    static int memorySampleEvery(long steps, int sampleEvery) {
        long needed = (steps + MEMORY_ROWS - 1) / MEMORY_ROWS;
        return (int) Math.max(sampleEvery, needed);
    }

    /** @return the recorder to run with (single use) */
    public Recorder recorder() {
        return recorder;
    }

    /**
     * @param result the run's result
     * @return the in-memory trajectory
     * @throws IllegalStateException when none was kept
     */
    public Trajectory trajectory(SimulationResult result) {
        if (!inMemory) {
            throw new IllegalStateException("this run kept no trajectory in memory");
        }
        Recording kept = csvFirst ? ((TeeRecorder) recorder).secondRecording() : result.recording();
        return (Trajectory) kept;
    }
}
