package io.dip.testkit.holding.corpus.good;

import io.dip.testkit.holding.corpus.CorpusController;
import io.dip.testkit.holding.corpus.helpers.Filter;
import io.dip.testkit.holding.corpus.helpers.Limits;
import io.dip.testkit.holding.corpus.helpers.LowPassFilter;
import io.dip.testkit.holding.corpus.helpers.Mode;
import io.dip.testkit.holding.corpus.helpers.Observer;
import java.util.Optional;
import java.util.function.DoubleUnaryOperator;

/**
 * Holds immutable values (a record, an enum, an Optional of a String), a nested helper that obeys the rules, a
 * clean helper behind an interface and a lambda that captures only a double.
 */
public final class ValuesAndHelpers extends CorpusController {

    private static final Mode START = Mode.SWING_UP;
    private final Limits limits = new Limits(-20, 20, "N");
    private final Observer observer = new Observer(limits);
    private final Filter filter = new LowPassFilter(0.2);
    private final Optional<String> label = Optional.of("cart force");
    private final DoubleUnaryOperator scale;
    private Mode mode = START;

    /** @param factor the output scale */
    public ValuesAndHelpers(double factor) {
        super("ValuesAndHelpers");
        this.scale = u -> factor * u;
    }

    @Override
    protected double law(double[] x) {
        mode = Math.abs(x[1]) < 0.3 ? Mode.BALANCE : Mode.SWING_UP;
        double u = filter.apply(observer.update(x)) * mode.weight();
        return label.isPresent() ? scale.applyAsDouble(u) : u;
    }
}
