package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.ResultJsonWriter;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.plot.TrajectoryPlot;
import io.dip.sim.recording.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/**
 * The output files of one closed-loop run, {@code --csv}, {@code --json} and {@code --plot}, as a picocli mixin,
 * with the recording they need and their writing once the run is over.
 */
public final class OutputOptions {

    @OutputFile(OutputFormat.CSV)
    @Option(names = "--csv", paramLabel = "FILE.csv",
            description = "Stream the trajectory to this CSV file: t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,"
                    + "d,sigma, one row per recorded step (state before the step; the actuator's force u and the "
                    + "disturbance d during it; sigma, empty for a controller without one), then the end state "
                    + "with empty u, d and sigma.")
    private Path csv;

    @OutputFile(OutputFormat.JSON)
    @Option(names = "--json", paramLabel = "FILE.json",
            description = "Write the result as JSON: configuration, scenario, seed, status, measures, and the "
                    + "trajectory (at most " + RunRecording.MEMORY_ROWS + " rows) or the --csv path.")
    private Path json;

    @OutputFile(OutputFormat.PNG)
    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Plot cart position, link angles, control force and sigma against time to this PNG.")
    private Path plot;

    /**
     * @param scenario the run
     * @param config   the effective configuration (its {@code simulation.sample_every})
     * @return the recorders the requested files need (a new recording, for this run only)
     */
    public RunRecording recording(Scenario scenario, DipConfig config) {
        return RunRecording.of(scenario, config.simulation().sampleEvery(), csv, json != null || plot != null);
    }

    /**
     * Writes the JSON result and the plot, when asked for (the CSV file was streamed during the run).
     *
     * @param result    the run's result
     * @param recording the recording the run used
     * @param config    the effective configuration, embedded in the JSON result
     * @param extra     adds the command's own objects to the JSON document
     */
    public void writeFiles(SimulationResult result, RunRecording recording, DipConfig config,
            Consumer<ObjectNode> extra) {
        if (json != null) {
            ObjectNode document = new ResultJsonWriter().toJson(result);
            document.set("config", ConfigJson.of(config));
            extra.accept(document);
            JsonFiles.write(document, json);
        }
        if (plot != null) {
            TrajectoryPlot.writeRun(recording.trajectory(result), result.scenario().name() + " — " + result.status(),
                    plot);
        }
    }

    /** @param out receives one {@code wrote FILE} line per file asked for */
    public void printWritten(PrintWriter out) {
        for (Path written : new Path[] {csv, json, plot}) {
            if (written != null) {
                out.println("wrote " + written);
            }
        }
    }
}
