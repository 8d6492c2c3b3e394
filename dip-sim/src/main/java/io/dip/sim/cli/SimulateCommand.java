package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.ResultJsonWriter;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.plot.TrajectoryPlot;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.sim.realtime.RealTimeRun;
import io.dip.sim.realtime.RealTimeSimulation;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.recording.Recorder;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code dip simulate}: one closed-loop run of a controller, with a summary table on the terminal and, on request, a
 * CSV trajectory, a JSON result and a PNG plot.
 *
 * <p>Everything the command is given is checked before anything is written: an unknown name, a wrong gain count, a
 * malformed number or an unreadable file ends the command with one line on stderr and exit code 2, and no output
 * file. Output files are written under a temporary name and moved onto their own only when whole.
 *
 * <p>With {@code --realtime} the closed loop runs against the wall clock, one step per control period {@code dt},
 * through a {@link io.dip.sim.realtime.PacedLoop}; the table then also reports deadline misses and the per-step
 * response latency (p50, p99, max), and the JSON result gains a {@code realtime} object.
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
    private AnimationOptions animation;

    @Option(names = "--realtime",
            description = "Pace the closed loop against the wall clock, one step per control period dt, and report "
                    + "deadline misses and per-step latency (p50, p99, max).")
    private boolean realtime;

    @Option(names = "--idle", paramLabel = "sleep|yield|busy-spin",
            description = "With --realtime: how to wait for each period (default: sleep).")
    private String idle;

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
        IdleStrategy idleStrategy = idleStrategy();
        animation.validate();
        try (ScenarioContext context = ScenarioContext.open(common, scenario.overrides())) {
            Scenario base = context.baseScenario(controller.resolve(context.registry()));
            RunRecording recording = RunRecording.of(base, context.config().simulation().sampleEvery(), csv,
                    json != null || plot != null);
            Recorder recorder = animation.record(base, recording.recorder());
            HeapWatch heap = HeapWatch.start();
            SimulationResult result;
            PacedLoopResult timing = null;
            if (idleStrategy == null) {
                result = SimulationEngine.run(base, recorder);
            } else {
                RealTimeRun run = RealTimeSimulation.run(base, recorder, idleStrategy);
                result = run.result();
                timing = run.timing();
            }
            String heapLine = heap.summaryLine();
            if (json != null) {
                ObjectNode document = new ResultJsonWriter().toJson(result);
                document.set("config", ConfigJson.of(context.config()));
                if (timing != null) {
                    document.set("realtime", realtimeJson(document, timing));
                }
                JsonFiles.write(document, json);
            }
            if (plot != null) {
                TrajectoryPlot.writeRun(recording.trajectory(result), base.name() + " — " + result.status(), plot);
            }
            if (animation.requested()) {
                animation.write();
            }
            if (timing == null) {
                ResultTable.print(List.of(result), out);
            } else {
                ResultTable.print(result, timing, out);
            }
            out.println(heapLine);
            for (Path written : new Path[] {csv, json, plot, animation.target()}) {
                if (written != null) {
                    out.println("wrote " + written);
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** @return the idle strategy of a real-time run, or null for an unpaced run */
    private IdleStrategy idleStrategy() {
        if (!realtime) {
            if (idle != null) {
                throw new ParameterException(spec.commandLine(), "--idle " + idle + " needs --realtime");
            }
            return null;
        }
        try {
            return idle == null ? IdleStrategy.SLEEP : IdleStrategy.parse(idle);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--idle: " + e.getMessage());
        }
    }

    private static ObjectNode realtimeJson(ObjectNode document, PacedLoopResult timing) {
        ObjectNode node = document.objectNode();
        node.put("period_ns", timing.periodNanos());
        node.put("idle", timing.idle().label());
        node.put("iterations", timing.iterations());
        node.put("deadline_misses", timing.deadlineMisses());
        node.put("latency_p50_ns", timing.latency().p50Nanos());
        node.put("latency_p99_ns", timing.latency().p99Nanos());
        node.put("latency_max_ns", timing.latency().maxNanos());
        return node;
    }
}
