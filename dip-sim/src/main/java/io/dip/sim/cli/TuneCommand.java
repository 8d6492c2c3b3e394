package io.dip.sim.cli;

import io.dip.api.ControllerProvider;
import io.dip.api.ParameterSpace;
import io.dip.api.StateIndex;
import io.dip.sim.cluster.ClusterBookkeeping;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.StudyCluster;
import io.dip.sim.cluster.TuningRecipe;
import io.dip.sim.config.DipConfig;
import io.dip.sim.config.PsoSettings;
import io.dip.sim.config.SimulationSettings;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Scenario;
import io.dip.sim.metrics.MeasureDefinitions;
import io.dip.sim.montecarlo.ParameterUncertainty;
import io.dip.sim.setup.ScenarioFactory;
import io.dip.sim.setup.TuningFactory;
import io.dip.sim.tuning.BoundsOverrides;
import io.dip.sim.tuning.ConvergencePlot;
import io.dip.sim.tuning.GainTuner;
import io.dip.sim.tuning.OptimizationResult;
import io.dip.sim.tuning.Optimizer;
import io.dip.sim.tuning.ProgressBarListener;
import io.dip.sim.tuning.ProgressListener;
import io.dip.sim.tuning.ScenarioSet;
import io.dip.sim.tuning.TuningReport;
import io.dip.sim.tuning.TuningResultFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip tune}: tunes a controller's gains by minimising the cost J (docs/model.md §7) over a scenario set with a
 * particle swarm (or CMA-ES, or Nelder–Mead), in parallel and reproducibly, then writes the best gains as JSON
 * for {@code dip simulate --gains}, optionally a convergence plot, and prints the tuned gains next to the
 * defaults. Ctrl-C or SIGTERM stops the run cleanly ({@link Interruption}) and still writes the best gains found so
 * far, marked CANCELLED (exit code 130 or 143).
 */
@Command(name = TuneCommand.NAME, sortOptions = false, footer = MeasureDefinitions.HELP,
        description = {"Tune a controller's gains: minimise the cost J over the pso scenarios (or the robust set) with "
                + "a seeded particle swarm, CMA-ES or Nelder-Mead; the result is the same whatever the thread count.",
            "Writes the best gains as JSON (read by 'dip simulate --gains') and prints them next to the defaults. "
                + "Ctrl-C stops early and still writes the best gains so far."})
public final class TuneCommand implements Callable<Integer>, DipCommand {

    /** The sub-command name. */
    public static final String NAME = "tune";

    @Option(names = "--controller", required = true, paramLabel = "NAME", description = "Controller to tune.")
    private String controller;

    @Option(names = "--seed", paramLabel = "N",
            description = "Master seed: of the optimiser, the configured random scenarios and the noise "
                    + "(default: seed, built in 42).")
    private Long seed;

    @Option(names = "--optimizer", paramLabel = "NAME",
            description = "pso, cmaes or nelder-mead (default: pso.optimizer).")
    private String optimizer;

    @Option(names = "--particles", paramLabel = "N",
            description = "Swarm (CMA-ES: population) size (default: pso.n_particles).")
    private Integer particles;

    @Option(names = "--iterations", paramLabel = "N", description = "Iterations (default: pso.iters).")
    private Integer iterations;

    @Option(names = "--robust", description = "Tune on the robust set: 15 scenarios, small/moderate/large "
            + "perturbations of θ1, θ2 (±0.05/±0.15/±0.3 rad), each on a plant drawn within ±5 %%.")
    private boolean robust;

    @Option(names = "--add-state", paramLabel = "X0",
            description = "Add a scenario on the nominal plant from this initial state, six comma-separated numbers "
                    + "(x, θ1, θ2, ẋ, θ̇1, θ̇2). Repeatable.")
    private List<String> extraStates = new ArrayList<>();

    @Option(names = "--duration", paramLabel = "S",
            description = "Simulated time of each run (s). Default: pso.duration, built in 5.")
    private Double duration;

    @Option(names = "--dt", paramLabel = "S",
            description = "Control period and integration step (s). Default: simulation.dt, built in 0.001.")
    private Double dt;

    @Option(names = "--bounds", paramLabel = "NAME=MIN:MAX,...",
            description = "Search bounds of some gains, e.g. \"K=0.5:20,kd=1:30\" (after pso.bounds).")
    private String bounds;

    @Option(names = "--fixed", paramLabel = "NAME,...", split = ",",
            description = "Gains held at their default value, e.g. s0,s1,s2,s3,s4,s5.")
    private List<String> fixed = new ArrayList<>();

    @Mixin
    private ThreadOptions threads;

    @Mixin
    private ClusterOptions clusterOptions;

    @OutputFile(OutputFormat.JSON)
    @Option(names = "--out", paramLabel = "FILE.json",
            description = "Result file (default: tuned-<controller>.json).")
    private Path out;

    @OutputFile(OutputFormat.PNG)
    @Option(names = "--plot", paramLabel = "FILE.png", description = "Write the convergence plot (PNG).")
    private Path plot;

    @Mixin
    private LongRunOptions longRun;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    /** @return {@value #NAME} */
    @Override
    public String name() {
        return NAME;
    }

    /** @return a new command object */
    @Override
    public Object command() {
        return new TuneCommand();
    }

    /** Tunes, writes the result and prints the summary. */
    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        FlagOverrides flags = new FlagOverrides()
                .put("seed", "--seed", seed)
                .put(PsoSettings.SECTION + ".duration", "--duration", duration)
                .put(SimulationSettings.SECTION + ".dt", "--dt", dt);
        ClusterSettings cluster = clusterOptions.settings(threads);
        try (ScenarioContext context = ScenarioContext.open(common, flags)) {
            DipConfig config = context.config();
            PsoSettings pso = config.pso();
            String name = ScenarioFactory.canonicalControllerName(context.registry(), controller);
            ControllerProvider provider = context.registry().controller(name);
            ParameterSpace space = searchSpace(provider, config);
            long runSeed = config.seed();
            List<double[]> states = parseStates(extraStates);
            ScenarioSet scenarios = TuningFactory.scenarioSet(config, context.registry(), name, robust, states);
            Path outFile = out != null ? out : Path.of("tuned-" + name + ".json");
            if (out == null) {
                OutputFiles.of(spec).with("--out (default)", outFile, OutputFormat.JSON).verify();
            }
            int n = particles != null ? positive("--particles", particles) : pso.nParticles();
            int iters = iterations != null ? positive("--iterations", iterations) : pso.iters();
            checkBudget(n, iters, scenarios);
            Optimizer chosen = optimizer(pso, n, iters);
            GainTuner tuner;
            String where;
            StudyCluster onCluster = cluster == null ? null : StudyCluster.installed();
            if (onCluster == null) {
                BatchRunner runner = threads.runner();
                tuner = new GainTuner(scenarios, space, chosen, runner);
                where = runner.threads() + " thread" + (runner.threads() == 1 ? "" : "s");
            } else {
                TuningRecipe recipe = new TuningRecipe(config.toYaml(), name, robust, states);
                tuner = new GainTuner(scenarios, space, chosen, stop -> onCluster.tuning(cluster, recipe,
                        common.plugins().pluginsDirectory(), scenarios, stop));
                where = cluster.describe();
            }
            tuneAndReport(tuner, runSeed, chosen, name, outFile, onCluster,
                    report -> printSummary(stdout, report, scenarios, where, outFile));
        }
        stdout.flush();
        return ExitCodes.OK;
    }

    /**
     * Runs the tuner, writes the result file and the plot, then hands the report to {@code summary} — all under a
     * shutdown hook (Ctrl-C) that cancels the run and waits until the result is written and summarised.
     */
    private void tuneAndReport(GainTuner tuner, long runSeed, Optimizer chosen, String name, Path outFile,
                               StudyCluster onCluster, Consumer<TuningReport> summary) {
        try (Interruption interruption = Interruption.install(tuner::cancel)) {
            TuningReport report;
            try (ProgressBarListener bar = longRun.showProgress()
                    ? new ProgressBarListener("tune " + name, chosen.maxIterations(), System.err) : null) {
                ProgressListener listener = bar != null ? bar : ProgressListener.NONE;
                report = tuner.run(runSeed, listener, versions());
            }
            OptimizationResult result = report.result();
            if (!Double.isFinite(result.bestCost())) {
                throw new IllegalStateException("no gain vector was scored before the run "
                        + (result.cancelled() ? "was stopped" : "ended") + "; nothing written");
            }
            ClusterBookkeeping bookkeeping = onCluster == null ? null : onCluster.bookkeeping();
            TuningResultFile.write(outFile, report, bookkeeping == null ? null : bookkeeping.describe());
            if (plot != null) {
                ConvergencePlot.write(plot, name + " — " + result.optimizer() + ", seed " + runSeed, result,
                        report.defaultCost());
            }
            summary.accept(report);
            if (bookkeeping != null) {
                spec.commandLine().getOut().println(bookkeeping.summary());
            }
            interruption.report(spec.commandLine().getErr(), outFile + " holds the best gains of the "
                    + result.iterations() + " iterations done, marked CANCELLED");
        }
    }

    /**
     * Refuses a budget above the {@link StepLimit}: at most {@code particles × iterations} evaluations (plus the
     * defaults), each running every scenario.
     */
    private void checkBudget(int particles, int iterations, ScenarioSet scenarios) {
        double stepsPerEvaluation = 0;
        for (Scenario scenario : scenarios.scenarios()) {
            stepsPerEvaluation += scenario.duration() / scenario.dt();
        }
        Scenario first = scenarios.scenarios().get(0);
        longRun.checkSteps(((double) particles * iterations + 1) * stepsPerEvaluation,
                StepLimit.source("--particles", PsoSettings.SECTION + ".n_particles", this.particles != null,
                        particles) + " × " + StepLimit.source("--iterations", PsoSettings.SECTION + ".iters",
                        this.iterations != null, iterations) + " evaluations × " + scenarios.size()
                        + " scenarios of " + StepLimit.source("--duration", PsoSettings.SECTION + ".duration",
                        duration != null, first.duration()) + " s / " + StepLimit.source("--dt",
                        SimulationSettings.SECTION + ".dt", dt != null, first.dt()) + " s");
    }

    /** The configured search space ({@link TuningFactory#searchSpace}) with the command-line bounds. */
    private ParameterSpace searchSpace(ControllerProvider provider, DipConfig config) {
        ParameterSpace space = TuningFactory.searchSpace(provider, config);
        space = BoundsOverrides.override(space, BoundsOverrides.parse(bounds), "--bounds");
        if (!fixed.isEmpty()) {
            double[] lower = space.lowerBounds();
            double[] upper = space.upperBounds();
            double[] defaults = space.defaults();
            for (String gain : fixed) {
                int index = space.indexOf(gain.trim());
                if (index < 0) {
                    throw new IllegalArgumentException("--fixed: unknown gain '" + gain.trim() + "' (gains: "
                            + space.names() + ")");
                }
                lower[index] = defaults[index];
                upper[index] = defaults[index];
            }
            space = space.withBounds(lower, upper);
        }
        return space;
    }

    private Optimizer optimizer(PsoSettings pso, int n, int iters) {
        return TuningFactory.optimizer(optimizer != null ? optimizer : pso.optimizer(), n, iters, pso,
                "--optimizer");
    }

    private static int positive(String option, int value) {
        if (value < 1) {
            throw new IllegalArgumentException(option + " must be >= 1, got " + value);
        }
        return value;
    }

    private static List<double[]> parseStates(List<String> texts) {
        List<double[]> states = new ArrayList<>();
        for (String text : texts) {
            String[] parts = text.split(",");
            if (parts.length != StateIndex.DIMENSION) {
                throw new IllegalArgumentException("--add-state '" + text + "' needs " + StateIndex.DIMENSION
                        + " comma-separated numbers (x, θ1, θ2, ẋ, θ̇1, θ̇2)");
            }
            double[] x0 = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    x0[i] = Double.parseDouble(parts[i].trim());
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("--add-state '" + text + "': '" + parts[i].trim()
                            + "' is not a number", e);
                }
                if (!Double.isFinite(x0[i])) {
                    throw new IllegalArgumentException("--add-state '" + text + "': values must be finite");
                }
            }
            states.add(x0);
        }
        return states;
    }

    private static Map<String, String> versions() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put("dip", VersionProvider.version());
        v.put("java", System.getProperty("java.version"));
        v.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        return v;
    }

    private static void printSummary(PrintWriter out, TuningReport report, ScenarioSet scenarios, String where,
                                     Path outFile) {
        OptimizationResult r = report.result();
        double seconds = r.wallTime().toNanos() * 1e-9;
        out.printf(Locale.ROOT, "Tuned %s with %s, seed %d: %d scenarios (%s) of %s s at dt %s, %s%n",
                report.controller(), r.optimizer(), r.seed(), scenarios.size(), scenarios.kind(),
                PluginsCommand.number(scenarios.scenarios().get(0).duration()),
                PluginsCommand.number(scenarios.scenarios().get(0).dt()), where);
        TextTable table = new TextTable("GAIN", "DEFAULT", "TUNED", "MIN", "MAX");
        ParameterSpace space = report.gains();
        double[] best = r.bestPosition();
        for (int i = 0; i < space.dimension(); i++) {
            ParameterSpace.Parameter p = space.parameters().get(i);
            table.row(p.name(), PluginsCommand.number(p.defaultValue()), PluginsCommand.number(best[i]),
                    PluginsCommand.number(p.lower()), PluginsCommand.number(p.upper()));
        }
        table.row("cost J", PluginsCommand.number(report.defaultCost()), PluginsCommand.number(r.bestCost()), "", "");
        table.print(out, "  ");
        double change = 100.0 * (r.bestCost() - report.defaultCost()) / report.defaultCost();
        out.printf(Locale.ROOT, "Cost %s than the defaults (%+.1f %%).%n",
                r.bestCost() < report.defaultCost() ? "lower" : "not lower", change);
        out.printf(Locale.ROOT, "%d iterations, %d evaluations, %d simulations (%.3g M steps) in %.2f s: "
                        + "%.1f evaluations/s, %.3g M steps/s; %s%n",
                r.iterations(), r.evaluations(), report.simulations(), report.steps() / 1e6, seconds,
                r.evaluationsPerSecond(), report.stepsPerSecond() / 1e6, describe(r));
        out.println("Best gains written to " + outFile);
        out.flush();
    }

    private static String describe(OptimizationResult r) {
        return switch (r.termination()) {
            case BUDGET_EXHAUSTED -> "budget used";
            case CONVERGED -> "stopped early (converged)";
            case CANCELLED -> "stopped by the user (best so far kept)";
        };
    }
}
