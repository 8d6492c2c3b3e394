package io.dip.sim.engine;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.recording.CsvRecording;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.recording.Trajectory;
import java.nio.file.Path;

/**
 * Writes a {@link SimulationResult} as JSON: the scenario (every setting, seed and resolved gains included), status
 * and the reason of a run that did not complete, stop and failure times, steps, wall time, the measures (null where
 * they do not apply) and cost, and the trajectory itself when it has at most
 * {@code trajectoryLimit} rows, else where it went (the CSV path) and how many rows it had.
 */
public final class ResultJsonWriter {

    /** Default largest trajectory embedded in the JSON file (rows). */
    public static final int DEFAULT_TRAJECTORY_LIMIT = 10_000;

    private final int trajectoryLimit;

    /** Embeds trajectories of up to {@value #DEFAULT_TRAJECTORY_LIMIT} rows. */
    public ResultJsonWriter() {
        this(DEFAULT_TRAJECTORY_LIMIT);
    }

    /** @param trajectoryLimit largest trajectory embedded (rows), ≥ 0 */
    public ResultJsonWriter(int trajectoryLimit) {
        if (trajectoryLimit < 0) {
            throw new IllegalArgumentException("trajectory limit must be >= 0, got " + trajectoryLimit);
        }
        this.trajectoryLimit = trajectoryLimit;
    }

    /**
     * @param result a run's result
     * @return the JSON document
     */
    public ObjectNode toJson(SimulationResult result) {
        ObjectNode root = JsonFiles.mapper().createObjectNode();
        root.set("scenario", JsonFiles.mapper().valueToTree(result.scenario().describe()));
        root.put("seed", result.seed());
        root.put("status", result.status().name());
        if (result.status() == StopStatus.COMPLETED) {
            root.putNull("reason");
        } else {
            root.put("reason", result.reason());
        }
        root.put("stop_time", result.stopTime());
        root.put("failure_time", result.failureTime());
        root.put("steps", result.steps());
        root.put("wall_time_s", result.wallTimeNanos() / 1e9);
        root.put("steps_per_second", result.stepsPerSecond());
        root.set("metrics", JsonFiles.mapper().valueToTree(result.metrics().describe()));
        ObjectNode recording = root.putObject("recording");
        recording.put("rows", result.recording().rows());
        recording.put("complete", result.recording().complete());
        if (result.recording() instanceof CsvRecording csv) {
            recording.put("csv", csv.path().toString());
        }
        if (result.recording() instanceof Trajectory trajectory) {
            recording.put("sample_every", trajectory.sampleEvery());
            recording.put("dropped_rows", trajectory.droppedRows());
            if (trajectory.rows() <= trajectoryLimit) {
                root.set("trajectory", JsonFiles.samples(trajectory));
            }
        }
        return root;
    }

    /**
     * Writes the document to {@code target} (whole or not at all).
     *
     * @param result a run's result
     * @param target the JSON file
     */
    public void write(SimulationResult result, Path target) {
        JsonFiles.write(toJson(result), target);
    }
}
