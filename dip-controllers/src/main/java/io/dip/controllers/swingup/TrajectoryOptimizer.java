package io.dip.controllers.swingup;

import io.dip.api.StateIndex;

/**
 * Iterative linear-quadratic regulator (iLQR; Li &amp; Todorov, ICINCO 2004, with the regularisation and line search
 * of Tassa, Erez &amp; Todorov, IROS 2012) for the sampled nominal model {@code x_{k+1} = F(x_k, u_k)}, k = 0..N−1,
 * minimising
 *
 * <pre>
 *   J = Σ_k h·[ r·u_k² + Σ_i q_i·(x_k,i − g_i)² + w·pos(|u_k| − u_lim)² + w·pos(|x_k| − x_lim)² ]
 *       + Σ_i qf_i·(x_N,i − g_i)²,                        pos(z) = max(z, 0)
 * </pre>
 *
 * The force and track limits enter as quadratic exterior penalties. Each iteration linearises F along the current
 * trajectory ({@link DiscretePlant#linearize}), runs the backward pass
 *
 * <pre>
 *   Q_x = l_x + Aᵀ·V_x,  Q_u = l_u + bᵀ·V_x,  Q_xx = l_xx + Aᵀ·V_xx·A,
 *   Q_uu = l_uu + bᵀ·V_xx·b + μ,  Q_ux = bᵀ·V_xx·A,
 *   k = −Q_u/Q_uu,  K = −Q_ux/Q_uu,
 *   V_x = Q_x + Kᵀ·Q_uu·k + Kᵀ·Q_u + Q_uxᵀ·k,  V_xx = Q_xx + Kᵀ·Q_uu·K + Kᵀ·Q_ux + Q_uxᵀ·K
 * </pre>
 *
 * and the forward pass {@code u_k ← u_k + α·k_k + K_k·(x̂_k − x_k)} with a backtracking line search on α; μ grows on
 * a failed pass and shrinks on a successful one. Design-time only: it allocates.
 */
final class TrajectoryOptimizer {

    private static final int N = StateIndex.DIMENSION;
    private static final double MU_INITIAL = 1e-9;
    private static final double MU_MIN = 1e-12;
    private static final double MU_MAX = 1e8;
    private static final double MU_FACTOR = 4.0;
    private static final double CONVERGED = 1e-5;
    private static final double[] STEP_SIZES = {1.0, 0.5, 0.25, 0.1, 0.05, 0.02, 0.01, 0.003, 0.001};

    private final DiscretePlant plant;
    private final TrajectoryCost cost;

    /**
     * @param plant the sampled nominal model
     * @param cost  the weights, goal and limits
     */
    TrajectoryOptimizer(DiscretePlant plant, TrajectoryCost cost) {
        this.plant = plant;
        this.cost = cost;
    }

    /**
     * Optimises the forces from an initial guess.
     *
     * @param x0            the initial state
     * @param initialForces the initial guess u_0..u_{N−1} (N)
     * @param maxIterations iteration budget
     * @return states (N+1)×6 row-major and forces
     */
    Trajectory optimise(double[] x0, double[] initialForces, int maxIterations) {
        int steps = initialForces.length;
        double[] u = initialForces.clone();
        double[] x = new double[(steps + 1) * N];
        double current = rollout(x0, u, x);
        double[] a = new double[steps * N * N];
        double[] b = new double[steps * N];
        double[] feedforward = new double[steps];
        double[] feedback = new double[steps * N];
        double[] trialX = new double[(steps + 1) * N];
        double[] trialU = new double[steps];
        double[] ak = new double[N * N];
        double[] bk = new double[N];
        double[] xk = new double[N];
        double mu = MU_INITIAL;
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            for (int k = 0; k < steps; k++) {
                System.arraycopy(x, k * N, xk, 0, N);
                plant.linearize(xk, u[k], ak, bk);
                System.arraycopy(ak, 0, a, k * N * N, N * N);
                System.arraycopy(bk, 0, b, k * N, N);
            }
            boolean improved = false;
            while (!improved && mu < MU_MAX) {
                if (!backwardPass(x, u, a, b, mu, feedforward, feedback)) {
                    mu = Math.max(mu * MU_FACTOR, MU_MIN);
                    continue;
                }
                for (double alpha : STEP_SIZES) {
                    double trial = forwardPass(x0, x, u, feedforward, feedback, alpha, trialX, trialU);
                    if (trial < current) {
                        double relative = (current - trial) / Math.max(current, 1e-12);
                        System.arraycopy(trialX, 0, x, 0, x.length);
                        System.arraycopy(trialU, 0, u, 0, steps);
                        current = trial;
                        improved = true;
                        mu = Math.max(mu / MU_FACTOR, MU_MIN);
                        if (relative < CONVERGED) {
                            return new Trajectory(x, u, current);
                        }
                        break;
                    }
                }
                if (!improved) {
                    mu = Math.max(mu * MU_FACTOR, MU_MIN);
                }
            }
            if (!improved) {
                break;
            }
        }
        return new Trajectory(x, u, current);
    }

    /** Simulates the forces from x0 into {@code x} and returns the cost. */
    private double rollout(double[] x0, double[] u, double[] x) {
        System.arraycopy(x0, 0, x, 0, N);
        double[] now = new double[N];
        double[] next = new double[N];
        double total = 0;
        for (int k = 0; k < u.length; k++) {
            System.arraycopy(x, k * N, now, 0, N);
            total += cost.stage(now, u[k]);
            plant.step(now, u[k], next);
            System.arraycopy(next, 0, x, (k + 1) * N, N);
        }
        System.arraycopy(x, u.length * N, now, 0, N);
        return total + cost.terminal(now);
    }

    private double forwardPass(double[] x0, double[] x, double[] u, double[] feedforward, double[] feedback,
                               double alpha, double[] trialX, double[] trialU) {
        System.arraycopy(x0, 0, trialX, 0, N);
        double[] now = new double[N];
        double[] next = new double[N];
        double total = 0;
        for (int k = 0; k < u.length; k++) {
            System.arraycopy(trialX, k * N, now, 0, N);
            double force = u[k] + alpha * feedforward[k];
            for (int i = 0; i < N; i++) {
                force += feedback[k * N + i] * (now[i] - x[k * N + i]);
            }
            trialU[k] = force;
            total += cost.stage(now, force);
            plant.step(now, force, next);
            if (!isFinite(next)) {
                return Double.POSITIVE_INFINITY;
            }
            System.arraycopy(next, 0, trialX, (k + 1) * N, N);
        }
        System.arraycopy(trialX, u.length * N, now, 0, N);
        return total + cost.terminal(now);
    }

    private boolean backwardPass(double[] x, double[] u, double[] a, double[] b, double mu, double[] feedforward,
                                 double[] feedback) {
        int steps = u.length;
        double[] vx = new double[N];
        double[] vxx = new double[N * N];
        double[] state = new double[N];
        System.arraycopy(x, steps * N, state, 0, N);
        cost.terminalDerivatives(state, vx, vxx);
        double[] lx = new double[N];
        double[] lxxDiagonal = new double[N];
        double[] qx = new double[N];
        double[] qxx = new double[N * N];
        double[] qux = new double[N];
        double[] vb = new double[N];
        double[] va = new double[N * N];
        double[] derivativesU = new double[2];
        for (int k = steps - 1; k >= 0; k--) {
            System.arraycopy(x, k * N, state, 0, N);
            cost.stageDerivatives(state, u[k], lx, lxxDiagonal, derivativesU);
            int ao = k * N * N;
            int bo = k * N;
            for (int i = 0; i < N; i++) {
                double sum = 0;
                for (int j = 0; j < N; j++) {
                    sum += vxx[i * N + j] * b[bo + j];
                }
                vb[i] = sum;
            }
            for (int i = 0; i < N; i++) {
                for (int j = 0; j < N; j++) {
                    double sum = 0;
                    for (int m = 0; m < N; m++) {
                        sum += vxx[i * N + m] * a[ao + m * N + j];
                    }
                    va[i * N + j] = sum;
                }
            }
            double qu = derivativesU[0];
            double quu = derivativesU[1] + mu;
            for (int i = 0; i < N; i++) {
                qu += b[bo + i] * vx[i];
                quu += b[bo + i] * vb[i];
            }
            if (!(quu > 0)) {
                return false;
            }
            for (int j = 0; j < N; j++) {
                double sumX = lx[j];
                double sumUx = 0;
                for (int i = 0; i < N; i++) {
                    sumX += a[ao + i * N + j] * vx[i];
                    sumUx += vb[i] * a[ao + i * N + j];
                }
                qx[j] = sumX;
                qux[j] = sumUx;
            }
            for (int i = 0; i < N; i++) {
                for (int j = i; j < N; j++) {
                    double sum = i == j ? lxxDiagonal[i] : 0.0;
                    for (int m = 0; m < N; m++) {
                        sum += a[ao + m * N + i] * va[m * N + j];
                    }
                    qxx[i * N + j] = sum;
                    qxx[j * N + i] = sum;
                }
            }
            double kff = -qu / quu;
            feedforward[k] = kff;
            for (int j = 0; j < N; j++) {
                feedback[k * N + j] = -qux[j] / quu;
            }
            for (int i = 0; i < N; i++) {
                double ki = feedback[k * N + i];
                vx[i] = qx[i] + ki * quu * kff + ki * qu + qux[i] * kff;
            }
            for (int i = 0; i < N; i++) {
                for (int j = i; j < N; j++) {
                    double ki = feedback[k * N + i];
                    double kj = feedback[k * N + j];
                    double value = qxx[i * N + j] + ki * quu * kj + ki * qux[j] + qux[i] * kj;
                    vxx[i * N + j] = value;
                    vxx[j * N + i] = value;
                }
            }
        }
        return true;
    }

    private static boolean isFinite(double[] v) {
        for (double value : v) {
            if (!Double.isFinite(value)) {
                return false;
            }
        }
        return true;
    }

    /**
     * An optimised trajectory.
     *
     * @param states (N+1)×6 states, row-major
     * @param forces N forces (N)
     * @param cost   its cost J
     */
    record Trajectory(double[] states, double[] forces, double cost) {
    }
}
