package io.dip.testkit.holding.corpus.helpers;

/** A state observer holding its work arrays and its limits: obeys the holding rules. */
public final class Observer {

    private final double[] estimate = new double[6];
    private final double[][] gain = new double[6][6];
    private final Limits limits;

    /** @param limits the actuator limits */
    public Observer(Limits limits) {
        this.limits = limits;
    }

    /**
     * @param x the measured state
     * @return the clamped sum of the estimate
     */
    public double update(double[] x) {
        double sum = 0;
        for (int i = 0; i < estimate.length; i++) {
            estimate[i] = x[i] + gain[i][i] * (x[i] - estimate[i]);
            sum += estimate[i];
        }
        return limits.clamp(sum);
    }
}
