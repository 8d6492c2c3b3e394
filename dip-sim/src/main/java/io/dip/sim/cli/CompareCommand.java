package io.dip.sim.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.ResultJsonWriter;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.metrics.MeasureDefinitions;
import io.dip.sim.plot.TrajectoryPlot;
import io.dip.sim.recording.JsonFiles;
import io.dip.sim.recording.Recorder;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.setup.ScenarioFactory;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip compare}: the same scenario run with several controllers (each with its configured gains, else its
 * defaults), in parallel, then one table with a column per controller, and on request one overlay plot and one JSON
 * file. Bad input is reported before anything runs or is written, as for {@code simulate}. Ctrl-C or SIGTERM stops
 * every run at its next step; the table, the JSON file and the plot then show the runs up to there, status
 * CANCELLED (exit code 130 or 143).
 */
@Command(name = "compare", sortOptions = false, footer = MeasureDefinitions.HELP,
        description = "Run the same scenario with several controllers and print one table (a column per "
                + "controller); optionally an overlay plot and a JSON file. Flags override the configuration file.")
public final class CompareCommand implements DipCommand, Callable<Integer> {

    @Option(names = "--controllers", split = ",", paramLabel = "a,b,c",
            description = "Controllers to compare, names or aliases (default: every installed controller). Gains "
                    + "come from controllers.<name>.gains, else the controller's defaults.")
    private List<String> controllers;

    @Mixin
    private ScenarioOptions scenario;

    @OutputFile(OutputFormat.JSON)
    @Option(names = "--json", paramLabel = "FILE.json",
            description = "Write every run's result as JSON: the configuration, then per controller its scenario, "
                    + "status, measures and trajectory (at most " + RunRecording.MEMORY_ROWS + " rows).")
    private Path json;

    @OutputFile(OutputFormat.PNG)
    @Option(names = "--plot", paramLabel = "FILE.png",
            description = "Overlay the runs in one PNG: cart position, both link angles, control force and sigma "
                    + "against time.")
    private Path plot;

    @Mixin
    private AnimationOptions animation;

    @Mixin
    private ThreadOptions threads;

    @Mixin
    private LongRunOptions longRun;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** The service instance, found by {@link DipCli}; also the picocli command object. */
    public CompareCommand() {
        // picocli fills the fields
    }

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public Object command() {
        return new CompareCommand();
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (ScenarioContext context = ScenarioContext.open(common, scenario.overrides())) {
            List<Scenario> scenarios = new ArrayList<>();
            for (String name : controllerNames(context)) {
                scenarios.add(context.baseScenario(new ControllerChoice(name, null)));
            }
            Scenario first = scenarios.get(0);
            longRun.checkSteps(scenarios.size() * (first.duration() / first.dt()), scenarios.size()
                    + " controllers × " + scenario.describeSteps(first.duration(), first.dt()));
            int sampleEvery = context.config().simulation().sampleEvery();
            boolean inMemory = json != null || plot != null;
            Recorder[] recorders = new Recorder[scenarios.size()];
            for (int i = 0; i < recorders.length; i++) {
                recorders[i] = animation.record(scenarios.get(i),
                        RunRecording.of(scenarios.get(i), sampleEvery, null, inMemory).recorder());
            }
            Cancellation cancellation = new Cancellation();
            try (Interruption interruption = Interruption.install(cancellation)) {
                HeapWatch heap = HeapWatch.start();
                List<SimulationResult> results;
                try (StepProgress bar = StepProgress.open("compare", scenarios.size() * first.steps(),
                        scenarios.size(), longRun.showProgress())) {
                    results = threads.runner().run(scenarios, bar.wrap(i -> recorders[i]), cancellation);
                }
                String heapLine = heap.summaryLine();
                writeOutputs(context, results);
                ResultTable.print(results, out);
                out.println(heapLine);
                List<String> written = OutputFiles.of(spec).outputs().stream().map(o -> o.path().toString()).toList();
                written.forEach(file -> out.println("wrote " + file));
                out.flush();
                long stopped = results.stream().filter(r -> r.status() == StopStatus.CANCELLED).count();
                interruption.report(spec.commandLine().getErr(), stopped + " of " + results.size()
                        + " runs stopped early (status CANCELLED)"
                        + (written.isEmpty() ? "" : "; " + String.join(", ", written) + " show every run up to there"));
            }
        }
        out.flush();
        return ExitCodes.OK;
    }

    private void writeOutputs(ScenarioContext context, List<SimulationResult> results) {
        if (json != null) {
            ObjectNode document = JsonFiles.mapper().createObjectNode();
            document.set("config", ConfigJson.of(context.config()));
            ArrayNode runs = document.putArray("runs");
            ResultJsonWriter writer = new ResultJsonWriter();
            results.forEach(result -> runs.add(writer.toJson(result)));
            JsonFiles.write(document, json);
        }
        if (plot != null) {
            TrajectoryPlot.writeOverlay(results, "Comparison from x0 = "
                    + Arrays.toString(context.config().simulation().initialState()), plot);
        }
        if (animation.requested()) {
            animation.write();
        }
    }

    /** @return the canonical names of the controllers to compare, each once, in command-line order */
    private List<String> controllerNames(ScenarioContext context) {
        if (controllers == null || controllers.isEmpty()) {
            List<PluginInfo> installed = context.registry().plugins(PluginKind.CONTROLLER);
            if (installed.isEmpty()) {
                throw new IllegalArgumentException("no controller is installed: nothing to compare");
            }
            return installed.stream().map(PluginInfo::name).toList();
        }
        Set<String> names = new LinkedHashSet<>();
        for (String given : controllers) {
            String name = ScenarioFactory.canonicalControllerName(context.registry(), given.strip());
            if (!names.add(name)) {
                throw new IllegalArgumentException("--controllers names " + name + " twice");
            }
        }
        return List.copyOf(names);
    }
}
