/**
 * Design of sliding surfaces from a plant model, run once when a controller is created (never on the hot path):
 * a dense solver of the continuous algebraic Riccati equation and the LQR surface of docs/model.md §6, scaled so
 * that the surface's input gain is {@code β0 = S·B = +1}.
 */
package io.dip.controllers.design;
