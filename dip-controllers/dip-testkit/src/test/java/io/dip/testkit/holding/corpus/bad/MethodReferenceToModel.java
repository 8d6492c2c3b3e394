package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import java.util.function.ToDoubleFunction;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a method reference bound to the model. */
public final class MethodReferenceToModel extends CorpusController {

    private final ToDoubleFunction<double[]> energy;

    /** Creates it. */
    public MethodReferenceToModel(DynamicsModel model) {
        super("MethodReferenceToModel");
        this.energy = model::energy;
    }

    @Override
    protected double law(double[] x) {
        return -energy.applyAsDouble(x);
    }
}
