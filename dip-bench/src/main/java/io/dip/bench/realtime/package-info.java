/**
 * A paced loop that runs a body against the wall clock at a fixed period (the control period), waits for each
 * release with a pluggable {@link io.dip.bench.realtime.IdleStrategy} (sleep, yield or busy-spin), counts
 * deadline misses and records each iteration's response latency.
 */
package io.dip.bench.realtime;
