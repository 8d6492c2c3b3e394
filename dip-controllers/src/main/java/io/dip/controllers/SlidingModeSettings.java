package io.dip.controllers;

import io.dip.api.DynamicsRef;

/**
 * What every sliding-mode controller is built from, after its provider validated gains and options.
 *
 * @param name            the controller's provider name, e.g. {@code sta_smc}
 * @param surface         the sliding surface (owned by the controller)
 * @param nominal         the nominal model's reference, taken over by the controller (cleared on close)
 * @param dt              control period (s) the internal state is integrated with, &gt; 0
 * @param maxForce        actuator limit (N), &gt; 0
 * @param historyCapacity capacity of the σ and u histories, &gt; 0
 */
record SlidingModeSettings(String name, SlidingSurface surface, DynamicsRef nominal, double dt, double maxForce,
                           int historyCapacity) {
}
