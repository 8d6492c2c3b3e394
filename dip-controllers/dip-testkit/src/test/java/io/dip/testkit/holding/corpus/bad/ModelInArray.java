package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import io.dip.testkit.holding.corpus.CorpusController;

/** Keeps the model in a final one-element array, out of sight of a field-type rule. */
public final class ModelInArray extends CorpusController {

    private final DynamicsModel[] nominal = new DynamicsModel[1];

    /** Creates it. */
    public ModelInArray(DynamicsModel model) {
        super("ModelInArray");
        nominal[0] = model;
    }

    @Override
    protected double law(double[] x) {
        return -nominal[0].energy(x);
    }
}
