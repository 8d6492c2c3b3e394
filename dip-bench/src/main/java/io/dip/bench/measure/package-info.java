/**
 * Allocation-free measuring instruments for the audit's in-process runs: latency of one path after warm-up
 * ({@link io.dip.bench.measure.PathMeasurement}, timed by {@link io.dip.sim.realtime.LatencyRecorder}),
 * garbage-collector activity ({@link io.dip.bench.measure.GcActivity}) and used heap after a collection
 * ({@link io.dip.bench.measure.HeapProbe}). The allocation meter and the retained-size probe are the test kit's
 * ({@link io.dip.testkit.measure}).
 *
 * <p>Every instrument allocates what it needs up front, so that reading it inside a measured loop does not
 * disturb what is measured.
 */
package io.dip.bench.measure;
