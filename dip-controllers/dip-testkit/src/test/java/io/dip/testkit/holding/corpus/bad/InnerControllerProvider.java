package io.dip.testkit.holding.corpus.bad;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import io.dip.testkit.holding.corpus.CorpusController;

/** A provider whose controller is an inner class: every controller keeps the provider alive. */
public final class InnerControllerProvider implements ControllerProvider {

    private final double defaultGain = 2.0;

    @Override
    public String name() {
        return "inner";
    }

    @Override
    public String description() {
        return "proportional control in an inner class";
    }

    @Override
    public ParameterSpace gains() {
        throw new UnsupportedOperationException("no tunable gains");
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        return new InnerController();
    }

    /** The inner controller: reads its provider's gain through the enclosing instance. */
    public final class InnerController extends CorpusController {

        /** Creates it. */
        public InnerController() {
            super("inner");
        }

        @Override
        protected double law(double[] x) {
            return -defaultGain * x[0];
        }
    }
}
