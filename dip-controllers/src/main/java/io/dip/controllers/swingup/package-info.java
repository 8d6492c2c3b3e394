/**
 * The swing-up controller {@code swing_up_smc}: from hanging to upright by a feedforward swing found by iLQR
 * trajectory optimisation and tracked by time-varying LQR (the two-degree-of-freedom design of Graichen, Treuer &amp;
 * Zeitz, Automatica 2007), an LQR catch, and hand-over with hysteresis to a stabilising controller. The plan is
 * computed from the nominal model at creation and cached per nominal model.
 */
package io.dip.controllers.swingup;
