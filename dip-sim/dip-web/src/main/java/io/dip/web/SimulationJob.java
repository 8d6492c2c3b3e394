package io.dip.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cli.ConfigJson;
import io.dip.sim.cli.RunRecording;
import io.dip.sim.cli.TeeRecorder;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.ResultJsonWriter;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.plot.TrajectoryPlot;
import io.dip.sim.recording.CsvRecorder;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.recording.Trajectory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One closed-loop run, recorded exactly as {@code dip simulate --csv --json --plot} records it: the same
 * {@link CsvRecorder} at {@code simulation.sample_every} (so {@code result.csv} is byte for byte the command's CSV),
 * the same bounded in-memory trajectory ({@link RunRecording}) for the JSON result and the plot, and in addition a
 * {@link StreamRecorder} feeding the live plot.
 */
final class SimulationJob extends Job {

    /** The API kind. */
    static final String KIND = "simulations";

    private final Scenario scenario;
    private final DipConfig config;
    private volatile Trajectory trajectory;
    private volatile String title;

    /**
     * @param id        the job's id
     * @param directory its output directory
     * @param scenario  the run (built by {@link io.dip.sim.setup.ScenarioFactory#baseScenario})
     * @param config    the effective configuration, recorded in the JSON result
     */
    SimulationJob(String id, Path directory, Scenario scenario, DipConfig config) {
        super(KIND, id, directory);
        this.scenario = scenario;
        this.config = config;
    }

    @Override
    protected void execute() {
        int sampleEvery = config.simulation().sampleEvery();
        RunRecording memory = RunRecording.of(scenario, sampleEvery, null, true);
        CsvRecorder csv = new CsvRecorder(csvFile(), sampleEvery);
        TeeRecorder recorder = new TeeRecorder(memory.recorder(),
                new TeeRecorder(csv, new StreamRecorder(feed())));
        SimulationResult result = SimulationEngine.run(scenario, recorder, cancellation());
        ObjectNode document = new ResultJsonWriter().toJson(result);
        document.set("config", ConfigJson.of(config));
        JsonFiles.write(document, directory().resolve("result.json"));
        trajectory = memory.trajectory(result);
        title = scenario.name() + " — " + result.status();
        ObjectNode brief = document.deepCopy();
        brief.remove("trajectory");
        brief.remove("config");
        summarise(brief);
    }

    @Override
    protected Path write(String format, String metric) {
        return switch (format) {
            case "csv" -> Files.exists(csvFile()) ? csvFile() : Path.of(csvFile() + CsvRecorder.PARTIAL_SUFFIX);
            case "json" -> directory().resolve("result.json");
            default -> {
                Path png = directory().resolve("result.png");
                if (!Files.exists(png)) {
                    TrajectoryPlot.writeRun(trajectory, title, png);
                }
                yield png;
            }
        };
    }

    private Path csvFile() {
        return directory().resolve("result.csv");
    }
}
