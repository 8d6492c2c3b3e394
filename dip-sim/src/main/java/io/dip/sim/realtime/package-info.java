/**
 * Real-time execution: a {@link io.dip.sim.realtime.PacedLoop} runs a {@link io.dip.sim.realtime.HotPath} body
 * against the wall clock at a fixed period (the control period), waits for each release with a pluggable
 * {@link io.dip.sim.realtime.IdleStrategy} (sleep, yield or busy-spin), counts deadline misses and records each
 * iteration's response latency into an allocation-free {@link io.dip.sim.realtime.LatencyRecorder}
 * (a preallocated HdrHistogram).
 */
package io.dip.sim.realtime;
