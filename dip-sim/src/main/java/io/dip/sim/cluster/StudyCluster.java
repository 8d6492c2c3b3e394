package io.dip.sim.cluster;

import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.RunRowsFile;
import io.dip.sim.tuning.ScenarioRuns;
import io.dip.sim.tuning.ScenarioSet;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.function.IntConsumer;

/**
 * Runs studies on a cluster of machines; provided by a cluster module through {@link ServiceLoader} (list the
 * implementation in {@code META-INF/services/io.dip.sim.cluster.StudyCluster}), so that the simulation module
 * itself never opens a socket. The report must be the one the local thread pool gives for the same study.
 */
public interface StudyCluster {

    /**
     * Runs a Monte Carlo study on the cluster and folds its runs in index order.
     *
     * @param cluster          where to run it
     * @param recipe           what the members rebuild the study from
     * @param pluginsDirectory the {@code --plugins} directory of the invoking process, or null: every member needs
     *                         the same plugin jars
     * @param study            the study as built by the invoking process
     * @param cancellation     stops the study when set: the report then covers the runs finished, marked cancelled
     * @param rows             where every run's row goes, or null
     * @param progress         told the number of runs each time a task's runs are folded
     * @return the report, identical to the local one for the runs it covers
     */
    MonteCarloReport monteCarlo(ClusterSettings cluster, StudyRecipe recipe, Path pluginsDirectory,
            MonteCarloStudy study, Cancellation cancellation, RunRowsFile rows, IntConsumer progress);

    /**
     * Connects to the cluster for a tuning: every batch of gain vectors the optimiser scores is spread over the
     * members, and the run costs come back by index, so the tuning result is the local one.
     *
     * @param cluster          where to run it
     * @param recipe           what the members rebuild the scenario set from
     * @param pluginsDirectory the {@code --plugins} directory of the invoking process, or null
     * @param scenarios        the scenario set as built by the invoking process; a member whose rebuilt set differs
     *                         refuses to run it
     * @param cancellation     stops the runs of the current batch when set (they score NaN)
     * @return the runs, holding the connection until closed
     * @throws IllegalStateException    when a listed member cannot be reached in time
     * @throws IllegalArgumentException when a member has other plugin jars
     */
    ScenarioRuns tuning(ClusterSettings cluster, TuningRecipe recipe, Path pluginsDirectory, ScenarioSet scenarios,
            Cancellation cancellation);

    /**
     * @return how the last study or tuning of this instance used the cluster (members, tasks, the measured
     *         per-task overhead), for the reports; null before one started
     */
    ClusterBookkeeping bookkeeping();

    /**
     * @return a new instance of the installed cluster service
     * @throws IllegalStateException when none is on the class path
     */
    static StudyCluster installed() {
        return ServiceLoader.load(StudyCluster.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "--cluster needs the dip-cluster module on the class path (the dip jar has it)"));
    }
}
