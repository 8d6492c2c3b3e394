package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import java.util.concurrent.atomic.AtomicReference;
import io.dip.testkit.holding.corpus.CorpusController;

/** Keeps the model in an AtomicReference. */
public final class AtomicModel extends CorpusController {

    private final AtomicReference<DynamicsModel> nominal;

    /** Creates it. */
    public AtomicModel(DynamicsModel model) {
        super("AtomicModel");
        this.nominal = new AtomicReference<>(model);
    }

    @Override
    protected double law(double[] x) {
        return -nominal.get().energy(x);
    }
}
