package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import java.util.Optional;
import io.dip.testkit.holding.corpus.CorpusController;

/** Keeps the model in an Optional. */
public final class OptionalModel extends CorpusController {

    private final Optional<DynamicsModel> nominal;

    /** Creates it. */
    public OptionalModel(DynamicsModel model) {
        super("OptionalModel");
        this.nominal = Optional.of(model);
    }

    @Override
    protected double law(double[] x) {
        return -nominal.map(m -> m.energy(x)).orElse(0.0);
    }
}
