package io.dip.sim.cluster;

import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.RunRowsFile;
import java.nio.file.Path;
import java.util.ServiceLoader;

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
     * @return the report, identical to the local one for the runs it covers
     */
    MonteCarloReport monteCarlo(ClusterSettings cluster, StudyRecipe recipe, Path pluginsDirectory,
            MonteCarloStudy study, Cancellation cancellation, RunRowsFile rows);

    /**
     * @return the installed cluster service
     * @throws IllegalStateException when none is on the class path
     */
    static StudyCluster installed() {
        return ServiceLoader.load(StudyCluster.class).findFirst().orElseThrow(() -> new IllegalStateException(
                "--cluster needs the dip-cluster module on the class path (the dip jar has it)"));
    }
}
