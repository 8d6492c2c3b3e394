package io.dip.testkit.holding.corpus.good;

import io.dip.testkit.holding.corpus.CorpusController;

/** Keeps its state in primitives and final primitive arrays allocated at creation. */
public final class PrimitiveState extends CorpusController {

    private static final double GAIN = 2.0;
    private static final String UNIT = "N";
    private final double[] weights = {1, 2, 3, 4, 5, 6};
    private final double[][] jacobian = new double[3][6];
    private final int[] counts = new int[4];
    private double integral;
    private long calls;

    /** Creates it. */
    public PrimitiveState() {
        super("PrimitiveState" + UNIT);
    }

    @Override
    protected double law(double[] x) {
        double u = 0;
        for (int i = 0; i < weights.length; i++) {
            u -= GAIN * weights[i] * x[i] + jacobian[i % 3][i];
        }
        integral += u;
        calls++;
        counts[(int) (calls & 3)]++;
        return u;
    }
}
