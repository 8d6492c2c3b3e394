/**
 * Allocation-free measuring instruments for hot paths: bytes allocated by the current thread
 * ({@link io.dip.bench.measure.AllocationMeter}), allocation and latency of one path after warm-up
 * ({@link io.dip.bench.measure.PathMeasurement}, timed by {@link io.dip.sim.realtime.LatencyRecorder}),
 * garbage-collector activity ({@link io.dip.bench.measure.GcActivity}), used heap after a collection
 * ({@link io.dip.bench.measure.HeapProbe}) and the retained size of an object graph
 * ({@link io.dip.bench.measure.RetainedSize}).
 *
 * <p>Every instrument allocates what it needs up front, so that reading it inside a measured loop does not
 * disturb what is measured.
 */
package io.dip.bench.measure;
