package io.dip.dynamics.integrators;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;

/**
 * Dormand–Prince 5(4) with adaptive sub-steps inside each control period (name {@code rk45}, docs/model.md §4).
 *
 * <p>Each sub-step of size h from y evaluates the seven stages of the Dormand–Prince tableau (the last one at the
 * new point, reused as the first stage of the next sub-step) and forms the fifth-order solution y5 and the
 * embedded fourth-order y4. The error norm is
 *
 * <pre>
 * err = sqrt(mean_i(((y5_i − y4_i) / (atol + rtol·max(|y_i|, |y5_i|)))²))
 * </pre>
 *
 * and the sub-step is accepted when {@code err ≤ 1}; the accepted solution is y5 (local extrapolation). With
 * {@code fac = 0.9·err^(−1/5)} ({@code fac = 5} when err = 0): after an accepted sub-step the proposed step is
 * {@code h·min(5, max(0.2, fac))}; a rejected sub-step is retried with {@code h·min(1, max(0.2, fac))}. A
 * non-finite err from a finite state (overflow at too large a step) counts as a rejection with factor 0.2.
 *
 * <p>Within a period, with τ the time already covered: if {@code dt − τ ≤ h·(1 + 1e−12)} the trial step is
 * {@code h = dt − τ} and, once accepted, it ends the period exactly at t + dt. The first trial step of the first
 * period (and the first after {@link #reset()}) is dt; each later period starts with {@code min(dt, h_p)}, where
 * h_p is the step proposed after the previous period's last accepted sub-step. More than
 * {@link DormandPrince45Tolerances#maxSubSteps()} sub-steps (accepted plus rejected) in one period raises
 * {@link IllegalStateException}. A non-finite input state takes a single sub-step of size dt, so that its
 * non-finite result reaches the caller (docs/model.md §5), and leaves h_p unchanged.
 *
 * <p>Allocation-free; {@code out} may be {@code x}. Not thread-safe (scratch arrays, h_p).
 */
public final class DormandPrince45 implements Integrator {

    /** Registered name. */
    public static final String NAME = "rk45";

    // Stage coefficients a_ij (the system is autonomous over a period: u is held, so the nodes c_i are not used).
    private static final double A21 = 1.0 / 5.0;
    private static final double A31 = 3.0 / 40.0;
    private static final double A32 = 9.0 / 40.0;
    private static final double A41 = 44.0 / 45.0;
    private static final double A42 = -56.0 / 15.0;
    private static final double A43 = 32.0 / 9.0;
    private static final double A51 = 19372.0 / 6561.0;
    private static final double A52 = -25360.0 / 2187.0;
    private static final double A53 = 64448.0 / 6561.0;
    private static final double A54 = -212.0 / 729.0;
    private static final double A61 = 9017.0 / 3168.0;
    private static final double A62 = -355.0 / 33.0;
    private static final double A63 = 46732.0 / 5247.0;
    private static final double A64 = 49.0 / 176.0;
    private static final double A65 = -5103.0 / 18656.0;
    /** Fifth-order weights (b2 = b7 = 0). */
    private static final double B1 = 35.0 / 384.0;
    private static final double B3 = 500.0 / 1113.0;
    private static final double B4 = 125.0 / 192.0;
    private static final double B5 = -2187.0 / 6784.0;
    private static final double B6 = 11.0 / 84.0;
    /** Error weights e_i = b_i − b̂_i against the embedded fourth-order weights b̂. */
    private static final double E1 = B1 - 5179.0 / 57600.0;
    private static final double E3 = B3 - 7571.0 / 16695.0;
    private static final double E4 = B4 - 393.0 / 640.0;
    private static final double E5 = B5 - (-92097.0 / 339200.0);
    private static final double E6 = B6 - 187.0 / 2100.0;
    private static final double E7 = -1.0 / 40.0;

    private static final double SAFETY = 0.9;
    private static final double MIN_FACTOR = 0.2;
    private static final double MAX_FACTOR = 5.0;
    private static final double ERROR_EXPONENT = -1.0 / 5.0;
    private static final double LAST_STEP_SLACK = 1.0 + 1e-12;

    private final DynamicsModel model;
    private final DormandPrince45Tolerances tolerances;
    private final double[] y;
    private final double[] y5;
    private final double[] stage;
    private final double[] k1;
    private final double[] k2;
    private final double[] k3;
    private final double[] k4;
    private final double[] k5;
    private final double[] k6;
    private final double[] k7;
    private double proposedStep = Double.NaN;
    private int accepted;
    private int rejected;

    /**
     * @param model      the plant to integrate (held strongly for the run)
     * @param tolerances step-control settings
     */
    public DormandPrince45(DynamicsModel model, DormandPrince45Tolerances tolerances) {
        this.model = model;
        this.tolerances = tolerances;
        int n = model.dimension();
        this.y = new double[n];
        this.y5 = new double[n];
        this.stage = new double[n];
        this.k1 = new double[n];
        this.k2 = new double[n];
        this.k3 = new double[n];
        this.k4 = new double[n];
        this.k5 = new double[n];
        this.k6 = new double[n];
        this.k7 = new double[n];
    }

    @Override
    public String name() {
        return NAME;
    }

    /** @return the step-control settings */
    public DormandPrince45Tolerances tolerances() {
        return tolerances;
    }

    /**
     * Advances one control period with adaptive sub-steps (see the class description).
     *
     * @param x   state at t
     * @param u   cart force held over the period (N)
     * @param dt  control period (s), &gt; 0
     * @param out receives y5 at t + dt; may be {@code x}
     * @throws IllegalArgumentException when dt is not &gt; 0
     * @throws IllegalStateException    when the period needs more than the sub-step budget
     */
    @Override
    public void step(double[] x, double u, double dt, double[] out) {
        if (!(dt > 0.0) || dt == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(NAME + " control period dt must be finite and > 0, got " + dt);
        }
        int n = y.length;
        System.arraycopy(x, 0, y, 0, n);
        accepted = 0;
        rejected = 0;
        model.derivative(y, u, k1);
        if (!allFinite(y)) {
            attempt(u, dt);
            accepted = 1;
            System.arraycopy(y5, 0, out, 0, n);
            return;
        }
        double h = Double.isNaN(proposedStep) ? dt : Math.min(dt, proposedStep);
        double covered = 0.0;
        while (true) {
            double remaining = dt - covered;
            boolean last = remaining <= h * LAST_STEP_SLACK;
            if (last) {
                h = remaining;
            }
            if (accepted + rejected == tolerances.maxSubSteps()) {
                throw new IllegalStateException(NAME + " needed more than " + tolerances.maxSubSteps()
                        + " sub-steps within one control period of dt = " + dt + " s (atol = " + tolerances.atol()
                        + ", rtol = " + tolerances.rtol() + ", covered " + covered + " s, last sub-step " + h
                        + " s): the state is diverging or too stiff; shorten dt, loosen atol/rtol or raise "
                        + "the integrator option " + DormandPrince45Tolerances.MAX_SUBSTEPS);
            }
            double error = attempt(u, h);
            double factor = stepFactor(error);
            if (error <= 1.0) {
                accepted++;
                System.arraycopy(y5, 0, y, 0, n);
                System.arraycopy(k7, 0, k1, 0, n);
                proposedStep = h * Math.min(MAX_FACTOR, factor);
                if (last) {
                    break;
                }
                covered += h;
                h = proposedStep;
            } else {
                rejected++;
                h = h * Math.min(1.0, factor);
            }
        }
        System.arraycopy(y, 0, out, 0, n);
    }

    /**
     * Evaluates one Dormand–Prince sub-step of size h from {@link #y} (with {@code k1 = f(y)} already set),
     * leaving y5 in {@link #y5} and {@code f(y5)} in {@link #k7}.
     *
     * @return the scaled RMS error norm err
     */
    private double attempt(double u, double h) {
        int n = y.length;
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * A21 * k1[i];
        }
        model.derivative(stage, u, k2);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A31 * k1[i] + A32 * k2[i]);
        }
        model.derivative(stage, u, k3);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A41 * k1[i] + A42 * k2[i] + A43 * k3[i]);
        }
        model.derivative(stage, u, k4);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A51 * k1[i] + A52 * k2[i] + A53 * k3[i] + A54 * k4[i]);
        }
        model.derivative(stage, u, k5);
        for (int i = 0; i < n; i++) {
            stage[i] = y[i] + h * (A61 * k1[i] + A62 * k2[i] + A63 * k3[i] + A64 * k4[i] + A65 * k5[i]);
        }
        model.derivative(stage, u, k6);
        for (int i = 0; i < n; i++) {
            y5[i] = y[i] + h * (B1 * k1[i] + B3 * k3[i] + B4 * k4[i] + B5 * k5[i] + B6 * k6[i]);
        }
        model.derivative(y5, u, k7);
        double sum = 0.0;
        for (int i = 0; i < n; i++) {
            double difference = h * (E1 * k1[i] + E3 * k3[i] + E4 * k4[i] + E5 * k5[i] + E6 * k6[i]
                    + E7 * k7[i]);
            double scale = tolerances.atol() + tolerances.rtol() * Math.max(Math.abs(y[i]), Math.abs(y5[i]));
            double scaled = difference / scale;
            sum += scaled * scaled;
        }
        return Math.sqrt(sum / n);
    }

    /** @return {@code max(0.2, 0.9·err^(−1/5))}, 5 when err = 0, 0.2 when err is not finite */
    private static double stepFactor(double error) {
        if (error == 0.0) {
            return MAX_FACTOR;
        }
        if (!Double.isFinite(error)) {
            return MIN_FACTOR;
        }
        return Math.max(MIN_FACTOR, SAFETY * Math.pow(error, ERROR_EXPONENT));
    }

    private static boolean allFinite(double[] values) {
        for (double v : values) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    /** @return sub-steps accepted during the last period */
    @Override
    public int lastAcceptedSubSteps() {
        return accepted;
    }

    /** @return sub-steps rejected during the last period */
    @Override
    public int lastRejectedSubSteps() {
        return rejected;
    }

    /** @return h_p (s), the step proposed after the last accepted sub-step; NaN before the first period */
    @Override
    public double proposedStep() {
        return proposedStep;
    }

    /** Forgets h_p: the next period's first trial step is dt again. */
    @Override
    public void reset() {
        proposedStep = Double.NaN;
    }
}
