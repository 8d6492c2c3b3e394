package io.dip.api;

import java.util.List;

/**
 * Indices into the six-element state vector {@code x = [x, θ1, θ2, ẋ, θ̇1, θ̇2]}.
 *
 * <p>Units: cart position in m, angles in rad (absolute, from the upward vertical), velocities in m/s and
 * rad/s. Generalised coordinates {@code q = x[0..2]}, velocities {@code q̇ = x[3..5]}.
 */
public final class StateIndex {
    /** Cart position x (m). */
    public static final int X = 0;
    /** Absolute angle of link 1 from the upward vertical, θ1 (rad). */
    public static final int THETA1 = 1;
    /** Absolute angle of link 2 from the upward vertical, θ2 (rad). */
    public static final int THETA2 = 2;
    /** Cart velocity ẋ (m/s). */
    public static final int X_DOT = 3;
    /** Angular velocity of link 1, θ̇1 (rad/s). */
    public static final int THETA1_DOT = 4;
    /** Angular velocity of link 2, θ̇2 (rad/s). */
    public static final int THETA2_DOT = 5;
    /** Number of state components. */
    public static final int DIMENSION = 6;
    /** Number of generalised coordinates (x, θ1, θ2). */
    public static final int COORDINATES = 3;

    /** Column names of the state, in index order, as used in CSV files and configuration. */
    public static final List<String> NAMES =
            List.of("x", "theta1", "theta2", "x_dot", "theta1_dot", "theta2_dot");

    private StateIndex() {
    }
}
