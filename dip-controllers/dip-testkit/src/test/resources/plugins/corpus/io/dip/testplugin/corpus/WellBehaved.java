package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;

/** {@code corpus_good}: keeps the whole contract. */
public final class WellBehaved extends CorpusProvider {

    /** ServiceLoader entry point. */
    public WellBehaved() {
        super("corpus_good");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal);
    }
}
