package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.ResultJsonWriter;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.plot.TrajectoryPlot;
import io.dip.sim.recording.JsonFiles;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip simulate}: one closed-loop run of a controller, with a summary table on the terminal and, on request, a
 * CSV trajectory, a JSON result and a PNG plot.
 *
 * <p>Everything the command is given is checked before anything is written: an unknown name, a wrong gain count, a
 * malformed number or an unreadable file ends the command with one line on stderr and exit code 2, and no output
 * file. Output files are written under a temporary name and moved onto their own only when whole.
 */
@Command(name = "simulate", sortOptions = false,
        description = "Run one closed-loop simulation and print a summary table (status, measures, wall time, "
                + "steps/s). Flags override the configuration file.")
public final class SimulateCommand implements DipCommand, Callable<Integer> {

    @Mixin
    private ControllerOptions controller;

    @Mixin
    private ScenarioOptions scenario;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Stream the trajectory to this CSV file: t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,"
                    + "sigma, one row per recorded step (state before the step, force applied during it), then the "
                    + "end state with empty u and sigma.")
    private Path csv;

    @Option(names = "--json", paramLabel = "FILE",
            description = "Write the result as JSON: configuration, scenario, seed, status, measures, and the "
                    + "trajectory (at most " + RunRecording.MEMORY_ROWS + " rows) or the --csv path.")
    private Path json;

    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Plot cart position, link angles, control force and sigma against time to this PNG.")
    private Path plot;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** The service instance, found by {@link DipCli}; also the picocli command object. */
    public SimulateCommand() {
        // picocli fills the fields
    }

    @Override
    public String name() {
        return "simulate";
    }

    @Override
    public Object command() {
        return new SimulateCommand();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ScenarioContext context = ScenarioContext.open(common, scenario.overrides())) {
            Scenario base = context.baseScenario(controller.resolve(context.registry()));
            RunRecording recording = RunRecording.of(base, context.config().simulation().sampleEvery(), csv,
                    json != null || plot != null);
            HeapWatch heap = HeapWatch.start();
            SimulationResult result = SimulationEngine.run(base, recording.recorder());
            String heapLine = heap.summaryLine();
            if (json != null) {
                ObjectNode document = new ResultJsonWriter().toJson(result);
                document.set("config", ConfigJson.of(context.config()));
                JsonFiles.write(document, json);
            }
            if (plot != null) {
                TrajectoryPlot.writeRun(recording.trajectory(result), base.name() + " — " + result.status(), plot);
            }
            ResultTable.print(List.of(result), out);
            out.println(heapLine);
            for (Path written : new Path[] {csv, json, plot}) {
                if (written != null) {
                    out.println("wrote " + written);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
