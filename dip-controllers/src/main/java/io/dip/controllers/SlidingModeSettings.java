package io.dip.controllers;

/**
 * What every sliding-mode controller is built from, after its provider validated gains and options.
 *
 * @param name            the controller's provider name, e.g. {@code sta_smc}
 * @param surface         the sliding surface with its nominal-model reference (owned by the controller)
 * @param dt              control period (s) the internal state is integrated with, &gt; 0
 * @param maxForce        actuator limit (N), &gt; 0
 * @param historyCapacity capacity of the σ and u histories, &gt; 0
 */
record SlidingModeSettings(String name, SlidingSurface surface, double dt, double maxForce, int historyCapacity) {
}
