package io.dip.sim.tuning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.api.ParameterSpace;
import io.dip.sim.recording.JsonFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The JSON file a tuning run writes ({@code dip tune --out best.json}) and {@code dip simulate --gains} reads.
 *
 * <pre>
 * {
 *   "format": "dip-tuning-result", "format_version": 1,
 *   "controller": "sta_smc",
 *   "gains": {"s0": …, …, "K1": …, "K2": …, "kd": …},          best gains by name, in gain-vector order
 *   "default_gains": {…},
 *   "cost": …, "default_cost": …,                              cost J (docs/model.md §7) of both on the scenarios
 *   "cost_history": […],                                       best cost after each iteration
 *   "seed": 1,
 *   "bounds": {"s0": {"min": …, "max": …}, …},
 *   "optimizer": {"name": "pso", "settings": {…}, "iterations": …, "evaluations": …,
 *                 "termination": "BUDGET_EXHAUSTED", "wall_time_s": …, "evaluations_per_s": …,
 *                 "simulations": …, "steps": …, "steps_per_s": …},
 *   "scenarios": {…},
 *   "versions": {"dip": …, "java": …},
 *   "cluster": {"name": …, "members": […], "tasks": …, "task_overhead_ms": …, …}   only when run on a cluster
 * }
 * </pre>
 * Numbers are written with full round-trip precision, so gains read back are bit-identical. Only
 * {@code controller} and {@code gains} are needed to read a file back, so a hand-written
 * {@code {"controller": "classical_smc", "gains": {"s0": …, …}}} works too.
 */
public final class TuningResultFile {

    /** Value of the {@code format} key. */
    public static final String FORMAT = "dip-tuning-result";
    /** Value of the {@code format_version} key. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper JSON = JsonFiles.mapper();

    private TuningResultFile() {
    }

    /**
     * Writes the report, replacing the file atomically (a reader never sees half a file).
     *
     * @param file   the target
     * @param report what to write
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public static void write(Path file, TuningReport report) {
        write(file, report, null);
    }

    /**
     * Writes the report with where it ran, replacing the file atomically (a reader never sees half a file).
     *
     * @param file    the target
     * @param report  what to write
     * @param cluster the cluster bookkeeping ({@code "cluster"} key), or null for a local run
     * @throws UncheckedIOException when the file cannot be written (the message names it)
     */
    public static void write(Path file, TuningReport report, Map<String, Object> cluster) {
        ObjectNode root = toJson(report);
        if (cluster != null) {
            root.set("cluster", JSON.valueToTree(cluster));
        }
        Path absolute = file.toAbsolutePath();
        try {
            Path dir = absolute.getParent();
            Files.createDirectories(dir);
            // a sibling file with the usual permissions, renamed over the target once complete
            Path tmp = dir.resolve("." + absolute.getFileName() + ".tmp");
            try {
                JSON.writeValue(tmp.toFile(), root);
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write tuning result " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param report a tuning report
     * @return its JSON document
     */
    static ObjectNode toJson(TuningReport report) {
        ObjectNode root = JSON.createObjectNode();
        OptimizationResult result = report.result();
        ParameterSpace space = report.gains();
        root.put("format", FORMAT);
        root.put("format_version", FORMAT_VERSION);
        root.put("controller", report.controller());
        root.set("gains", named(space.names(), result.bestPosition()));
        root.set("default_gains", named(space.names(), space.defaults()));
        root.put("cost", result.bestCost());
        root.put("default_cost", report.defaultCost());
        ArrayNode history = root.putArray("cost_history");
        for (double c : result.costHistory()) {
            history.add(c);
        }
        root.put("seed", result.seed());
        ObjectNode bounds = root.putObject("bounds");
        for (int i = 0; i < space.dimension(); i++) {
            ObjectNode range = bounds.putObject(space.names().get(i));
            range.put("min", result.bounds().lower(i));
            range.put("max", result.bounds().upper(i));
        }
        ObjectNode optimizer = root.putObject("optimizer");
        optimizer.put("name", result.optimizer());
        optimizer.set("settings", JSON.valueToTree(result.settings()));
        optimizer.put("iterations", result.iterations());
        optimizer.put("evaluations", result.evaluations());
        optimizer.put("termination", result.termination().name());
        optimizer.put("wall_time_s", result.wallTime().toNanos() * 1e-9);
        optimizer.put("evaluations_per_s", result.evaluationsPerSecond());
        optimizer.put("simulations", report.simulations());
        optimizer.put("steps", report.steps());
        optimizer.put("steps_per_s", report.stepsPerSecond());
        root.set("scenarios", JSON.valueToTree(report.scenarios()));
        root.set("versions", JSON.valueToTree(report.versions()));
        return root;
    }

    private static ObjectNode named(List<String> names, double[] values) {
        ObjectNode node = JSON.createObjectNode();
        for (int i = 0; i < values.length; i++) {
            node.put(names.get(i), values[i]);
        }
        return node;
    }

    /**
     * Reads the controller name and the best gains of a tuning result file.
     *
     * @param file a file written by {@link #write} (or any JSON object with {@code controller} and {@code gains})
     * @return the controller and its named gains, in the file's order
     * @throws IllegalArgumentException naming the file and the key when the file is missing, not JSON, of another
     *                                  format, or lacks a controller or numeric gains
     */
    public static TunedGains read(Path file) {
        JsonNode root;
        try {
            root = JSON.readTree(file.toFile());
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("gains file " + file + " does not exist", e);
        } catch (IOException e) {
            if (!Files.exists(file)) {
                throw new IllegalArgumentException("gains file " + file + " does not exist", e);
            }
            throw new IllegalArgumentException("gains file " + file + " is not valid JSON: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("gains file " + file + " must hold a JSON object");
        }
        JsonNode format = root.get("format");
        if (format != null && !FORMAT.equals(format.asText())) {
            throw new IllegalArgumentException("gains file " + file + ": format '" + format.asText()
                    + "' is not " + FORMAT);
        }
        JsonNode controller = root.get("controller");
        if (controller == null || !controller.isTextual() || controller.asText().isBlank()) {
            throw new IllegalArgumentException("gains file " + file + ": key 'controller' must name the controller");
        }
        JsonNode gains = root.get("gains");
        if (gains == null || !gains.isObject() || gains.isEmpty()) {
            throw new IllegalArgumentException("gains file " + file
                    + ": key 'gains' must be an object of gain name -> number");
        }
        List<String> names = new ArrayList<>();
        double[] values = new double[gains.size()];
        for (Map.Entry<String, JsonNode> e : gains.properties()) {
            if (!e.getValue().isNumber() || !Double.isFinite(e.getValue().doubleValue())) {
                throw new IllegalArgumentException("gains file " + file + ": gains." + e.getKey()
                        + " must be a finite number, got " + e.getValue());
            }
            values[names.size()] = e.getValue().doubleValue();
            names.add(e.getKey());
        }
        return new TunedGains(controller.asText(), names, values);
    }
}
