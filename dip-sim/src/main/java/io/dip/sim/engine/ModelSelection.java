package io.dip.sim.engine;

import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsProvider;
import io.dip.api.PhysicalParameters;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A dynamics model chosen for a run: its provider and the physical parameters to build it with.
 *
 * @param provider   the model's provider
 * @param parameters the physical parameters
 */
public record ModelSelection(DynamicsProvider provider, PhysicalParameters parameters) {

    /** Checks that neither part is null. */
    public ModelSelection {
        if (provider == null || parameters == null) {
            throw new IllegalArgumentException("a model selection needs a provider and physical parameters");
        }
    }

    /** @return a new model instance (confined to the calling run) */
    public DynamicsModel create() {
        return provider.create(parameters);
    }

    /**
     * @param newParameters other physical parameters
     * @return the same model with {@code newParameters}
     */
    public ModelSelection withParameters(PhysicalParameters newParameters) {
        return new ModelSelection(provider, newParameters);
    }

    /** @return model name and physical parameters, for result files */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("model", provider.name());
        map.put(PhysicalParameters.SECTION, parameters.toMap());
        return map;
    }
}
