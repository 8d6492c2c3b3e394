package io.dip.testplugin.corpus;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;

/** {@code sloppy_reset}: its {@code reset()} clears the histories but keeps the integral. */
public final class SloppyReset extends CorpusProvider {

    /** ServiceLoader entry point. */
    public SloppyReset() {
        super("sloppy_reset");
    }

    @Override
    protected Controller create(String name, ControllerSpec spec, DynamicsRef nominal) {
        return new CorpusController(name, spec, nominal) {
            @Override
            public void reset() {
                sigmaHistory().clear();
                controlHistory().clear();
                diagnostics().clear();
            }
        };
    }
}
