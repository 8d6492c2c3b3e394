package io.dip.sim.tuning;

import io.dip.api.PhysicalParameters;
import java.util.random.RandomGenerator;

/**
 * Draws a perturbed plant (MODEL.md §9): every physical parameter p becomes {@code p·(1 + δ·U(−1, 1))}.
 */
final class ParameterDraw {

    private ParameterDraw() {
    }

    /**
     * Draws 13 uniform numbers, one per parameter in {@link PhysicalParameters#KEYS} order (also where δ is 0, so
     * the sequence of draws does not depend on δ).
     *
     * @param nominal the nominal parameters
     * @param deltas  δ per parameter in {@link PhysicalParameters#KEYS} order, each in [0, 1)
     * @param random  the source of the draws
     * @return the drawn parameters
     */
    static PhysicalParameters draw(PhysicalParameters nominal, double[] deltas, RandomGenerator random) {
        double[] p = nominal.toArray();
        if (deltas.length != p.length) {
            throw new IllegalArgumentException("need " + p.length + " relative uncertainties, got " + deltas.length);
        }
        for (int i = 0; i < p.length; i++) {
            double u = 2.0 * random.nextDouble() - 1.0;
            p[i] *= 1.0 + deltas[i] * u;
        }
        return PhysicalParameters.fromArray(p);
    }

    /**
     * @param delta the same δ for every parameter but gravity
     * @return δ per parameter in {@link PhysicalParameters#KEYS} order, 0 for gravity
     */
    static double[] uniformExceptGravity(double delta) {
        double[] r = new double[PhysicalParameters.KEYS.length];
        for (int i = 0; i < r.length; i++) {
            r[i] = PhysicalParameters.KEYS[i].equals("gravity") ? 0.0 : delta;
        }
        return r;
    }
}
