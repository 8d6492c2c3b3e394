package io.dip.sim.engine;

import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.api.IntegratorProvider;
import io.dip.api.Options;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An integration method chosen for a run: its provider and options (e.g. {@code atol}, {@code rtol}).
 *
 * @param provider the method's provider
 * @param options  its options block
 */
public record IntegratorSelection(IntegratorProvider provider, Options options) {

    /** Checks that neither part is null. */
    public IntegratorSelection {
        if (provider == null || options == null) {
            throw new IllegalArgumentException("an integrator selection needs a provider and options");
        }
    }

    /**
     * @param plant the model to integrate
     * @return a new integrator (confined to the calling run)
     */
    public Integrator create(DynamicsModel plant) {
        return provider.create(plant, options);
    }

    /** @return method name and options, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", provider.name());
        map.put("options", options.asMap());
        return map;
    }
}
