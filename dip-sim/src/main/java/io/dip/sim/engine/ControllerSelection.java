package io.dip.sim.engine;

import io.dip.api.Controller;
import io.dip.api.ControllerCatalog;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A controller chosen for a run: its provider, the spec to create it with (gains, control period, actuator and
 * track limits, options), and the catalog in which a controller built from others (a swing-up and its stabiliser)
 * finds them.
 *
 * @param provider the controller's provider
 * @param spec     gains (null for the provider's defaults), dt, max force, options and track limit
 * @param catalog  the controllers the provider may build on (the runtime's registry)
 */
public record ControllerSelection(ControllerProvider provider, ControllerSpec spec, ControllerCatalog catalog) {

    /** Checks that no part is null. */
    public ControllerSelection {
        if (provider == null || spec == null || catalog == null) {
            throw new IllegalArgumentException("a controller selection needs a provider, a spec and a catalog");
        }
    }

    /**
     * A selection whose catalog is the ServiceLoader registrations visible from the provider's class loader.
     *
     * @param provider the controller's provider
     * @param spec     its spec
     */
    public ControllerSelection(ControllerProvider provider, ControllerSpec spec) {
        this(provider, spec, ControllerCatalog.serviceLoader(provider.getClass().getClassLoader()));
    }

    /**
     * @param nominal weak handle on the nominal model, owned by the caller
     * @return a new controller (confined to the calling run)
     */
    public Controller create(DynamicsRef nominal) {
        return provider.create(spec, nominal, catalog);
    }

    /**
     * @param metres the track half-length (m)
     * @return the same controller told of that track
     */
    public ControllerSelection withTrackLimit(double metres) {
        return new ControllerSelection(provider, spec.withTrackLimit(metres), catalog);
    }

    /**
     * @param gains a gain vector for this controller
     * @return the same controller with those gains
     */
    public ControllerSelection withGains(double[] gains) {
        return new ControllerSelection(provider, new ControllerSpec(gains, spec.dt(), spec.maxForce(),
                spec.options(), spec.trackLimit()), catalog);
    }

    /** @return the gains the controller runs with: the spec's, else the provider's defaults */
    public double[] resolvedGains() {
        double[] gains = spec.gains();
        return gains != null ? gains.clone() : provider.gains().defaults();
    }

    /**
     * @return name, the gains used (the resolved vector, defaults included) by name and as a vector, dt, max force
     *         and options, for result files
     */
    public Map<String, Object> describe() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", provider.name());
        double[] gains = resolvedGains();
        List<Double> gainList = new ArrayList<>(gains.length);
        for (double g : gains) {
            gainList.add(g);
        }
        map.put("gains", gainList);
        List<String> names = provider.gains().names();
        if (names.size() == gains.length) {
            Map<String, Double> named = new LinkedHashMap<>();
            for (int i = 0; i < gains.length; i++) {
                named.put(names.get(i), gains[i]);
            }
            map.put("gains_by_name", named);
        }
        map.put("dt", spec.dt());
        map.put("max_force", spec.maxForce());
        map.put("options", spec.options().asMap());
        return map;
    }
}
