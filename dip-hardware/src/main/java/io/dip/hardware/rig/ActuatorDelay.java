package io.dip.hardware.rig;

/**
 * A transport delay of whole control periods: the force applied in period k is the one commanded in period
 * k − d (0 N before the first d commands). Allocation-free.
 */
final class ActuatorDelay {

    private final double[] line;
    private int head;

    /** @param periods the delay d ≥ 0 (control periods) */
    ActuatorDelay(int periods) {
        this.line = new double[periods + 1];
    }

    /**
     * @param commanded the force commanded now (N)
     * @return the force to apply now (N)
     */
    double pass(double commanded) {
        line[head] = commanded;
        head = (head + 1) % line.length;
        return line[head];
    }

    /** Forgets every pending command (they become 0 N). */
    void clear() {
        java.util.Arrays.fill(line, 0.0);
    }
}
