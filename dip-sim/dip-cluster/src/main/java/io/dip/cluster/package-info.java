/**
 * Studies on a Hazelcast cluster. {@code dip worker} starts a {@link io.dip.cluster.ClusterMember} that serves study
 * tasks; {@code dip montecarlo --cluster} and {@code dip tune --cluster} join the cluster as a client ({@link
 * io.dip.cluster.ClusterSession}), and {@link io.dip.cluster.HazelcastStudyCluster} spreads the runs over the members
 * in {@link io.dip.cluster.StudyTask}s ({@link io.dip.cluster.MonteCarloBatch}, {@link io.dip.cluster.TuningBatch})
 * with a {@link io.dip.cluster.TaskDispatcher}, resubmits those lost with a member, and folds the results in run-index
 * order, so the report or the tuning result is the one of the local thread pool. Every member and client is configured
 * by {@link io.dip.cluster.HazelcastSettings}: explicit cluster name and TCP-IP member list, explicit bind address, no
 * multicast, no auto-detection, no phone-home.
 */
package io.dip.cluster;
