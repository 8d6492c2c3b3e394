package io.dip.dynamics.integrators;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;

/** Creates {@link DormandPrince45} under the name {@code rk45}. Stateless and thread-safe. */
public final class DormandPrince45Provider implements IntegratorProvider {

    /** Creates the provider (ServiceLoader entry point). */
    public DormandPrince45Provider() {
    }

    @Override
    public String name() {
        return DormandPrince45.NAME;
    }

    @Override
    public String description() {
        return "Dormand-Prince 5(4) with adaptive sub-steps inside each control period (options atol, rtol, max_substeps)";
    }

    /**
     * @param model   the plant to integrate
     * @param options {@code atol}, {@code rtol}, {@code max_substeps} (see {@link DormandPrince45Tolerances})
     * @return a new integrator
     * @throws IllegalArgumentException for an unknown or invalid option, naming its path
     */
    @Override
    public Integrator create(DynamicsModel model, Options options) {
        return new DormandPrince45(model, DormandPrince45Tolerances.from(options));
    }
}
