package io.dip.cluster;

import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.recording.RecorderFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A task of a cluster Monte Carlo study: runs {@code first .. first+count−1} of the study rebuilt from its recipe
 * and sends back their outcomes in index order.
 */
final class MonteCarloBatch extends StudyTask<ArrayList<RunOutcome>> {

    private static final long serialVersionUID = 1L;

    private static final BatchRunner ONE_THREAD = new BatchRunner(1);

    private final StudyRecipe recipe;
    private transient MonteCarloStudy study;

    /**
     * @param recipe  the study's recipe
     * @param plugins the plugin jars of the invoking process
     * @param first   index of the first run
     * @param count   number of runs, ≥ 0
     */
    MonteCarloBatch(StudyRecipe recipe, List<PluginFingerprint> plugins, int first, int count) {
        super(plugins, first, count);
        this.recipe = recipe;
    }

    @Override
    String prepare(StudyHost host) {
        study = host.built(recipe, recipe::study);
        return null;
    }

    @Override
    ArrayList<RunOutcome> compute(StudyHost host) {
        ArrayList<RunOutcome> runs = new ArrayList<>(count());
        ONE_THREAD.forEach(count(), k -> study.scenario(first() + k), RecorderFactory.none(), host.shutdown(),
                (k, result) -> runs.add(RunOutcome.of(result)));
        return runs;
    }
}
