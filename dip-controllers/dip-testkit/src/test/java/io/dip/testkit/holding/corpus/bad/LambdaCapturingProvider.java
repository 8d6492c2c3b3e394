package io.dip.testkit.holding.corpus.bad;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;
import java.util.function.Supplier;
import io.dip.testkit.holding.corpus.CorpusController;

/** Holds a lambda that captures a dynamics provider. */
public final class LambdaCapturingProvider extends CorpusController {

    private final Supplier<DynamicsModel> freshModel;

    /** Creates it. */
    public LambdaCapturingProvider(DynamicsProvider provider) {
        super("LambdaCapturingProvider");
        this.freshModel = () -> provider.create(PhysicalParameters.DEFAULTS);
    }

    @Override
    protected double law(double[] x) {
        return -freshModel.get().energy(x);
    }
}
