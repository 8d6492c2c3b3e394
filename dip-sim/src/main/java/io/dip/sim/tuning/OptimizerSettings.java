package io.dip.sim.tuning;

import java.util.Map;

/** The settings of one {@link Optimizer}: its iteration budget and every value by name for reports. */
public interface OptimizerSettings {

    /** @return the iteration budget of one run (what {@link ProgressListener} counts towards) */
    int iterationBudget();

    /** @return the settings by name, in declaration order, as a new mutable map */
    Map<String, Object> asMap();
}
