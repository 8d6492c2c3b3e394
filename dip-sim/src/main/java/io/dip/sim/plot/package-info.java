/**
 * PNG plots drawn with XChart: a run (cart position, link angles, control force and σ against time, stacked), an
 * overlay of several runs for comparison, and histograms of Monte Carlo measures. Plots read in-memory
 * {@link io.dip.sim.recording.Trajectory trajectories}; long trajectories are thinned to at most
 * {@value io.dip.sim.plot.TrajectoryPlot#MAX_POINTS} points per series. Every plot follows {@link io.dip.sim.plot.Axes}:
 * round ticks, one shared time axis with aligned panels ({@link io.dip.sim.plot.PngFiles}), a unit on every axis,
 * legends outside the data and logarithmic axes labelled at every decade. Animated GIFs of the cart and both
 * links ({@link io.dip.sim.plot.CartPendulumAnimation}) are drawn with Java2D from the frames an
 * {@link io.dip.sim.plot.AnimationRecorder} keeps during a run, and written with {@code javax.imageio}.
 */
package io.dip.sim.plot;
