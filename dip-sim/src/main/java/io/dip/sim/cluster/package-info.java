/**
 * Running a study on a cluster of machines instead of the local thread pool: the {@link
 * io.dip.sim.cluster.ClusterSettings} of {@code --cluster}/{@code --members}/{@code --bind}, the serializable {@link
 * io.dip.sim.cluster.StudyRecipe} and {@link io.dip.sim.cluster.TuningRecipe} from which every member rebuilds the
 * identical Monte Carlo study or tuning scenario set, the {@link io.dip.sim.cluster.ClusterBookkeeping} a report adds,
 * and the {@link io.dip.sim.cluster.StudyCluster} service that a cluster module (found with {@link
 * java.util.ServiceLoader}) provides. Nothing here opens a socket.
 */
package io.dip.sim.cluster;
