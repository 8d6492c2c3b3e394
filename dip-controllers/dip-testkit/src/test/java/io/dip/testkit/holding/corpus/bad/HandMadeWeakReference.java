package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import java.lang.ref.WeakReference;
import io.dip.testkit.holding.corpus.CorpusController;

/** Makes its own weak reference to the model instead of using DynamicsRef. */
public final class HandMadeWeakReference extends CorpusController {

    private final WeakReference<DynamicsModel> nominal;

    /** Creates it. */
    public HandMadeWeakReference(DynamicsModel model) {
        super("HandMadeWeakReference");
        this.nominal = new WeakReference<>(model);
    }

    @Override
    protected double law(double[] x) {
        return -nominal.get().energy(x);
    }
}
