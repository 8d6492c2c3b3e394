package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;

/** {@code lax_gains}: accepts any gains, NaN included. */
public final class LaxGains extends CorpusProvider {

    /** ServiceLoader entry point. */
    public LaxGains() {
        super("lax_gains");
    }

    @Override
    protected void validate(double[] gains) {
        // accepts everything
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal);
    }
}
