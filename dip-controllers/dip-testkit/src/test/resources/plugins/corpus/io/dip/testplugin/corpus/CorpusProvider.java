package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import java.util.List;

/**
 * The provider of a corpus controller: gains {@code k} (&gt; 0) and {@code ki} (≥ 0), validated with messages
 * that name the gain. Each plugin of the corpus is a subclass with a no-argument constructor.
 */
public abstract class CorpusProvider implements ControllerProvider {

    private static final ParameterSpace GAINS = new ParameterSpace(List.of(
            new ParameterSpace.Parameter("k", 1.0, 0.5, 2.0, "scale of the LQR feedback (1)"),
            new ParameterSpace.Parameter("ki", 0.1, 0.0, 1.0, "integral rate on θ₁ (1/s)")));

    private final String name;

    /** @param name the controller's name */
    protected CorpusProvider(String name) {
        this.name = name;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String description() {
        return "contract test plugin " + name;
    }

    @Override
    public ParameterSpace gains() {
        return GAINS;
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        double[] gains = spec.gains() == null ? GAINS.defaults() : spec.gains();
        validate(gains);
        return create(name, new ControllerSpec(gains, spec.dt(), spec.maxForce(), spec.options()), nominal);
    }

    /**
     * @param gains the gains asked for
     * @throws IllegalArgumentException naming the gain, or the counts
     */
    protected void validate(double[] gains) {
        if (gains.length != GAINS.dimension()) {
            throw new IllegalArgumentException(name + ": expected " + GAINS.dimension() + " gains, got "
                    + gains.length);
        }
        for (int i = 0; i < gains.length; i++) {
            String gain = GAINS.names().get(i);
            if (!Double.isFinite(gains[i])) {
                throw new IllegalArgumentException(name + ": gain " + gain + " must be finite, got " + gains[i]);
            }
        }
        if (!(gains[0] > 0)) {
            throw new IllegalArgumentException(name + ": gain k must be > 0, got " + gains[0]);
        }
        if (gains[1] < 0) {
            throw new IllegalArgumentException(name + ": gain ki must be >= 0, got " + gains[1]);
        }
    }

    /**
     * @param name    the controller's name
     * @param spec    validated gains, period and limit
     * @param nominal the nominal model
     * @return the controller
     */
    protected abstract Controller create(String name, ControllerSpec spec, DynamicsRef nominal);
}
