package io.dip.controllers.swingup;

import io.dip.api.StateIndex;
import java.util.Arrays;

/**
 * The cost {@link TrajectoryOptimizer} minimises, with its first and second derivatives:
 *
 * <pre>
 *   l(x, u)  = h·[ r·u² + Σ_i q_i·(x_i − g_i)² + w·pos(|u| − u_lim)² + w·pos(|x_0| − x_lim)² ]
 *   l_f(x)   = Σ_i qf_i·(x_i − g_i)²
 * </pre>
 *
 * (x_0 is the cart position, m; u the force, N; g the goal state).
 *
 * @param h           sampling period (s)
 * @param goal        goal state g (6)
 * @param stateWeight running weights q (6)
 * @param finalWeight terminal weights qf (6)
 * @param forceWeight r (1/N²)
 * @param forceLimit  u_lim (N)
 * @param trackLimit  x_lim (m)
 * @param penalty     w of the limit penalties
 */
record TrajectoryCost(double h, double[] goal, double[] stateWeight, double[] finalWeight, double forceWeight,
                      double forceLimit, double trackLimit, double penalty) {

    private static final int N = StateIndex.DIMENSION;

    /** @return the stage cost l(x, u) */
    double stage(double[] x, double u) {
        double sum = forceWeight * u * u;
        for (int i = 0; i < N; i++) {
            double e = x[i] - goal[i];
            sum += stateWeight[i] * e * e;
        }
        double overForce = Math.max(0.0, Math.abs(u) - forceLimit);
        double overTrack = Math.max(0.0, Math.abs(x[StateIndex.X]) - trackLimit);
        sum += penalty * (overForce * overForce + overTrack * overTrack);
        return h * sum;
    }

    /** @return the terminal cost l_f(x) */
    double terminal(double[] x) {
        double sum = 0;
        for (int i = 0; i < N; i++) {
            double e = x[i] - goal[i];
            sum += finalWeight[i] * e * e;
        }
        return sum;
    }

    /** Writes l_x, the diagonal of l_xx, and {l_u, l_uu}. */
    void stageDerivatives(double[] x, double u, double[] lx, double[] lxxDiagonal, double[] luAndLuu) {
        for (int i = 0; i < N; i++) {
            lx[i] = 2 * h * stateWeight[i] * (x[i] - goal[i]);
            lxxDiagonal[i] = 2 * h * stateWeight[i];
        }
        double position = x[StateIndex.X];
        double overTrack = Math.abs(position) - trackLimit;
        if (overTrack > 0) {
            lx[StateIndex.X] += 2 * h * penalty * overTrack * Math.signum(position);
            lxxDiagonal[StateIndex.X] += 2 * h * penalty;
        }
        double lu = 2 * h * forceWeight * u;
        double luu = 2 * h * forceWeight;
        double overForce = Math.abs(u) - forceLimit;
        if (overForce > 0) {
            lu += 2 * h * penalty * overForce * Math.signum(u);
            luu += 2 * h * penalty;
        }
        luAndLuu[0] = lu;
        luAndLuu[1] = luu;
    }

    /** Writes the gradient and Hessian (36, row-major) of the terminal cost. */
    void terminalDerivatives(double[] x, double[] vx, double[] vxx) {
        Arrays.fill(vxx, 0.0);
        for (int i = 0; i < N; i++) {
            vx[i] = 2 * finalWeight[i] * (x[i] - goal[i]);
            vxx[i * N + i] = 2 * finalWeight[i];
        }
    }
}
