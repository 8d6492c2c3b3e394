/**
 * JMH benchmarks of the hot paths (model derivatives, integrator periods, {@code computeControl}, the
 * closed-loop step, one tuner evaluation) and the memory/latency audit behind {@code dip audit}.
 */
package io.dip.bench;
