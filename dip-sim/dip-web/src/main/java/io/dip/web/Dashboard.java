package io.dip.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.api.ControllerProvider;
import io.dip.api.ParameterSpace;
import io.dip.sim.config.DipConfig;
import io.dip.sim.config.PsoSettings;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Scenario;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.MonteCarloFactory;
import io.dip.sim.setup.ScenarioFactory;
import io.dip.sim.setup.TuningFactory;
import io.dip.sim.tuning.GainTuner;
import io.dip.sim.tuning.Optimizer;
import io.dip.sim.tuning.ScenarioSet;
import java.nio.file.Path;

/**
 * What the API does, independent of HTTP: checks a request body and starts its job, through the same set-up as the
 * command line ({@link ScenarioFactory}, {@link MonteCarloFactory}, {@link TuningFactory}), so that a body and the
 * equivalent flags give the same run. Everything is checked before the job starts; a bad body throws and starts
 * nothing.
 */
final class Dashboard implements AutoCloseable {

    private final DipConfig config;
    private final PluginRegistry registry;
    private final ServerLimits limits;
    private final JobStore jobs;

    /**
     * @param config   the server's configuration (the base of every request's {@code config})
     * @param registry the installed providers (not closed here)
     * @param limits   the server's limits
     * @param workRoot the directory for job outputs (deleted on close)
     */
    Dashboard(DipConfig config, PluginRegistry registry, ServerLimits limits, Path workRoot) {
        this.config = config;
        this.registry = registry;
        this.limits = limits;
        this.jobs = new JobStore(limits.maxJobs(), limits.keep(), workRoot);
    }

    /** @return the catalogue of {@code GET /api/plugins} */
    ObjectNode plugins() {
        return PluginCatalog.of(registry, config);
    }

    /** @return the jobs */
    JobStore jobs() {
        return jobs;
    }

    /**
     * @param body a {@link RunRequest} body
     * @return the started simulation
     */
    Job simulate(String body) {
        RunRequest request = RunRequest.parse(body, config, registry);
        Scenario scenario = scenario(request);
        return jobs.start("sim", id -> new SimulationJob(id, jobs.directoryOf(id), scenario, request.config()));
    }

    /**
     * @param body a {@link RunRequest} body; {@code config.montecarlo.runs} sets the number of runs
     * @return the started study
     */
    Job monteCarlo(String body) {
        RunRequest request = RunRequest.parse(body, config, registry);
        limits.checkRuns(request.config().monteCarlo().runs());
        MonteCarloStudy study = MonteCarloFactory.study(request.config(), scenario(request));
        BatchRunner runner = new BatchRunner(limits.studyThreads());
        return jobs.start("mc", id -> new MonteCarloJob(id, jobs.directoryOf(id), study, request.config(), runner));
    }

    /**
     * @param body a {@link RunRequest} body without {@code gains} (the search starts from the defaults or
     *             {@code controllers.<name>.gains}); the {@code pso} section sets the optimiser, budget, duration,
     *             scenarios and bounds
     * @return the started tune
     */
    Job tune(String body) {
        RunRequest request = RunRequest.parse(body, config, registry);
        if (request.gains() != null) {
            throw new IllegalArgumentException("gains: a tune starts from the controller's defaults; give a "
                    + "starting point as config.controllers." + request.controller() + ".gains");
        }
        DipConfig effective = request.config();
        PsoSettings pso = effective.pso();
        ControllerProvider provider = registry.controller(request.controller());
        ParameterSpace space = TuningFactory.searchSpace(provider, effective);
        Scenario base = ScenarioFactory.baseScenario(effective, registry, request.controller(), null).toBuilder()
                .duration(pso.duration())
                .build();
        limits.checkSteps(base.steps());
        ScenarioSet scenarios = TuningFactory.scenarios(effective, base, false);
        Optimizer optimizer = TuningFactory.optimizer(pso.optimizer(), pso.nParticles(), pso.iters(), pso,
                PsoSettings.SECTION + ".optimizer");
        GainTuner tuner = new GainTuner(scenarios, space, optimizer, new BatchRunner(limits.studyThreads()));
        return jobs.start("tune", id -> new TuneJob(id, jobs.directoryOf(id), tuner, effective.seed()));
    }

    private Scenario scenario(RunRequest request) {
        Scenario scenario = ScenarioFactory.baseScenario(request.config(), registry, request.controller(),
                request.gains());
        limits.checkSteps(scenario.steps());
        return scenario;
    }

    /** Cancels every job and deletes every output. */
    @Override
    public void close() {
        jobs.close();
    }
}
