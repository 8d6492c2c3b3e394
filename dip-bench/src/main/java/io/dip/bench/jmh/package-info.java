/**
 * JMH benchmarks of the hot paths: {@code computeControl} of every controller, the derivative of every plant
 * model, one control period of every integrator, one closed-loop step, one tuner evaluation (a 5 s simulation),
 * and {@link io.dip.bench.jmh.BenchRunner}, which runs them with the GC profiler and summarises ns/op and B/op
 * (the {@code dip bench} command).
 *
 * <p>Every {@code @State} allocates in its set-up; the measured methods allocate nothing (except the tuner
 * evaluation, which builds a closed loop as the tuner does). Providers are found through the plugin registry
 * (ServiceLoader, plus the directory named by the system property {@value io.dip.bench.jmh.BenchPlugins#PROPERTY}).
 */
package io.dip.bench.jmh;
