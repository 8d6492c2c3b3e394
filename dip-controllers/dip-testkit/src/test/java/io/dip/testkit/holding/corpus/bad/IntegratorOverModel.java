package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.dynamics.integrators.RungeKutta4;
import io.dip.testkit.holding.corpus.CorpusController;

/** Predicts with an integrator built over the nominal model: the integrator holds the model. */
public final class IntegratorOverModel extends CorpusController {

    private final Integrator predictor;
    private final double[] next = new double[6];

    /** Creates it. */
    public IntegratorOverModel(DynamicsModel nominal) {
        super("IntegratorOverModel");
        this.predictor = new RungeKutta4(nominal);
    }

    @Override
    protected double law(double[] x) {
        return predictOneStep(x);
    }

    private double predictOneStep(double[] x) {
        predictor.step(x, 0.0, 0.01, next);
        return -next[1];
    }
}
