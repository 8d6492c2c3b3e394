package io.dip.testkit.holding.corpus.good;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.PhysicalParameters;
import io.dip.testkit.holding.corpus.CorpusController;
import java.util.function.Supplier;

/**
 * Reaches its model only through DynamicsRef, also from a method reference bound to the reference, and keeps the
 * model's physical parameters (an immutable record of the SPI).
 */
public final class ModelThroughRef extends CorpusController {

    private final double[] mass = new double[9];
    private final Supplier<DynamicsModel> model;
    private final PhysicalParameters parameters;
    private DynamicsRef nominal;

    /** @param nominal the model handle */
    public ModelThroughRef(DynamicsRef nominal) {
        super("ModelThroughRef");
        this.nominal = nominal;
        this.model = nominal::get;
        this.parameters = nominal.get().parameters();
    }

    @Override
    protected double law(double[] x) {
        model.get().massMatrix(x, mass);
        return -mass[0] * x[0] - nominal.get().energy(x) / parameters.gravity();
    }

    @Override
    public void close() {
        super.close();
        nominal.clear();
        nominal = null;
    }
}
