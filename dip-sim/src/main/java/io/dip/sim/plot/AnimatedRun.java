package io.dip.sim.plot;

import io.dip.api.PhysicalParameters;

/**
 * One run to animate: its frames, a title, and what the drawing needs from the scenario.
 *
 * @param title      the panel's title, e.g. the controller's name
 * @param recorder   the recorder that kept the frames (finished)
 * @param physics    the plant's parameters: the link lengths L1 (pivot to pivot) and L2 are drawn
 * @param trackLimit the track half-length (m), drawn as end stops when finite
 * @param maxForce   the actuator limit (N), the scale of the force arrow
 */
public record AnimatedRun(String title, AnimationRecorder recorder, PhysicalParameters physics, double trackLimit,
                          double maxForce) {
}
