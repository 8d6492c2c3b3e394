package io.dip.testkit.holding.corpus.good;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.testkit.holding.corpus.CorpusController;
import java.util.function.Supplier;

/** Reaches its model only through DynamicsRef, also from a method reference bound to the reference. */
public final class ModelThroughRef extends CorpusController {

    private final double[] mass = new double[9];
    private final Supplier<DynamicsModel> model;
    private DynamicsRef nominal;

    /** @param nominal the model handle */
    public ModelThroughRef(DynamicsRef nominal) {
        super("ModelThroughRef");
        this.nominal = nominal;
        this.model = nominal::get;
    }

    @Override
    protected double law(double[] x) {
        model.get().massMatrix(x, mass);
        return -mass[0] * x[0] - nominal.get().energy(x);
    }

    @Override
    public void close() {
        super.close();
        nominal.clear();
        nominal = null;
    }
}
