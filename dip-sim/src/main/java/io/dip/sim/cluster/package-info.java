/**
 * Running a study on a cluster of machines instead of the local thread pool: the {@link io.dip.sim.cluster.ClusterSettings}
 * of {@code --cluster}/{@code --members}/{@code --bind}, the serializable {@link io.dip.sim.cluster.StudyRecipe} from
 * which every member rebuilds the identical study, and the {@link io.dip.sim.cluster.StudyCluster} service that a
 * cluster module (found with {@link java.util.ServiceLoader}) provides. Nothing here opens a socket.
 */
package io.dip.sim.cluster;
