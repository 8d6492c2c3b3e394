package io.dip.bench.audit;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import java.util.Set;

/**
 * A {@link ControllerProvider} that delegates to another and keeps the controller it created last, so that the
 * audit can measure the retained size of the controller inside an engine loop.
 */
final class ControllerCapture implements ControllerProvider {

    private final ControllerProvider delegate;
    private Controller last;

    /** @param delegate the provider under audit */
    ControllerCapture(ControllerProvider delegate) {
        this.delegate = delegate;
    }

    @Override
    public String name() {
        return delegate.name();
    }

    @Override
    public Set<String> aliases() {
        return delegate.aliases();
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public ParameterSpace gains() {
        return delegate.gains();
    }

    @Override
    public Controller create(ControllerSpec spec, DynamicsRef nominal) {
        last = delegate.create(spec, nominal);
        return last;
    }

    /**
     * @return the controller created last
     * @throws IllegalStateException when none was created yet
     */
    Controller last() {
        if (last == null) {
            throw new IllegalStateException("no " + delegate.name() + " controller was created yet");
        }
        return last;
    }
}
