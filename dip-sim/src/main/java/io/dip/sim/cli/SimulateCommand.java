package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.MeasureDefinitions;
import io.dip.sim.realtime.IdleStrategy;
import io.dip.sim.realtime.PacedLoopResult;
import io.dip.sim.realtime.RealTimeRun;
import io.dip.sim.realtime.RealTimeSimulation;
import io.dip.sim.recording.Recorder;
import java.io.PrintWriter;
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
 * file. Output paths are checked before the run ({@link OutputFiles}); output files are written under a temporary
 * name and moved onto their own only when whole. A run above the {@link StepLimit} needs {@code --force}.
 *
 * <p>Ctrl-C or SIGTERM stops the run at its next step ({@link Interruption}): the CSV file then holds the run up to
 * that step, the JSON result and the plot are written with status CANCELLED, one line on stderr says what was
 * kept, and the exit code is 130 or 143.
 *
 * <p>With {@code --realtime} the closed loop runs against the wall clock, one step per control period {@code dt},
 * through a {@link io.dip.sim.realtime.PacedLoop}; the table then also reports deadline misses and the per-step
 * response latency (p50, p99, max), and the JSON result gains a {@code realtime} object.
 */
@Command(name = "simulate", sortOptions = false, footer = MeasureDefinitions.HELP,
        description = "Run one closed-loop simulation and print a summary table (status, measures, wall time, "
                + "steps/s). Flags override the configuration file.")
public final class SimulateCommand implements DipCommand, Callable<Integer> {

    @Mixin
    private ControllerOptions controller;

    @Mixin
    private ScenarioOptions scenario;

    @Mixin
    private OutputOptions outputs;

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
    private LongRunOptions longRun;

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
        try (ScenarioContext context = ScenarioContext.open(common, scenario.overrides())) {
            Scenario base = context.baseScenario(controller.resolve(context.registry()));
            longRun.checkSteps(base.duration() / base.dt(), scenario.describeSteps(base.duration(), base.dt()));
            RunRecording recording = outputs.recording(base, context.config());
            Cancellation cancellation = new Cancellation();
            try (Interruption interruption = Interruption.install(cancellation)) {
                HeapWatch heap = HeapWatch.start();
                Outcome run;
                try (StepProgress bar = StepProgress.open("simulate", base.steps(), 1, longRun.showProgress())) {
                    run = run(base, bar.wrap(animation.record(base, recording.recorder())), idleStrategy,
                            cancellation);
                }
                String heapLine = heap.summaryLine();
                SimulationResult result = recording.keepCsv(run.result());
                PacedLoopResult timing = run.timing();
                outputs.writeFiles(result, recording, context.config(), document -> {
                    if (timing != null) {
                        document.set("realtime", realtimeJson(document, timing));
                    }
                });
                if (animation.requested()) {
                    animation.write();
                }
                if (run.timing() == null) {
                    ResultTable.print(List.of(result), out);
                } else {
                    ResultTable.print(result, run.timing(), out);
                }
                out.println(heapLine);
                written().forEach(file -> out.println("wrote " + file));
                out.flush();
                interruption.report(spec.commandLine().getErr(), kept(result));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * A run and, when it was paced, its timing.
     *
     * @param result the run's result
     * @param timing deadline misses and latency of a paced run, or null
     */
    private record Outcome(SimulationResult result, PacedLoopResult timing) {
    }

    /** @return the run, paced against the wall clock when {@code idle} is not null */
    private static Outcome run(Scenario base, Recorder recorder, IdleStrategy idle, Cancellation cancellation) {
        if (idle == null) {
            return new Outcome(SimulationEngine.run(base, recorder, cancellation), null);
        }
        RealTimeRun paced = RealTimeSimulation.run(base, recorder, idle, cancellation);
        return new Outcome(paced.result(), paced.timing());
    }

    /** @return what an interrupted run kept, e.g. {@code the run stopped at t = 2.5 s of 100 s; run.csv holds ...} */
    private String kept(SimulationResult result) {
        boolean stopped = result.status() == StopStatus.CANCELLED;
        String run = stopped ? "the run stopped at t = " + PluginsCommand.number(result.stopTime()) + " s of "
                + PluginsCommand.number(result.scenario().duration()) + " s" : "the run had ended";
        List<String> files = written();
        if (files.isEmpty()) {
            return run;
        }
        return run + "; " + String.join(", ", files) + (files.size() == 1 ? " holds " : " hold ")
                + (stopped ? "the run up to there" : "the whole run") + " (status " + result.status() + ")";
    }

    /** @return the outputs asked for, in option order */
    private List<String> written() {
        return OutputFiles.of(spec).outputs().stream().map(output -> output.path().toString()).toList();
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
