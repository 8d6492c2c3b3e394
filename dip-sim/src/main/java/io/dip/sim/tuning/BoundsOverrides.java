package io.dip.sim.tuning;

import io.dip.api.ParameterSpace;
import io.dip.sim.config.GainBounds;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The search box of a controller's gains: the provider's {@link ParameterSpace} bounds (docs/model.md §8: surface
 * coefficients within [0.5·S0_i, 2·S0_i], reaching gains within [0.1, 10×default]), replaced first by the
 * configuration ({@code pso.bounds.<controller>: {min: [...], max: [...]}}, one value per gain in gain-vector
 * order), then gain by gain from the command line ({@code --bounds "K=0.5:20,kd=1:30"}).
 */
public final class BoundsOverrides {

    private BoundsOverrides() {
    }

    /**
     * Replaces every gain's bounds with those of the configuration.
     *
     * @param space  the controller's gains with their default bounds
     * @param bounds the {@code pso.bounds.<controller>} entry
     * @param path   its configuration path, for messages
     * @return the same gains with the configured bounds
     * @throws IllegalArgumentException when the entry does not give one value per gain (the message lists them)
     */
    public static ParameterSpace fromConfig(ParameterSpace space, GainBounds bounds, String path) {
        if (bounds.dimension() != space.dimension()) {
            throw new IllegalArgumentException(path + ".min and .max need one value per gain " + space.names()
                    + " (" + space.dimension() + "), got " + bounds.dimension());
        }
        return space.withBounds(bounds.min(), bounds.max());
    }

    /**
     * Parses the command-line form {@code name=min:max[,name=min:max...]}.
     *
     * @param text the option value, e.g. {@code K=0.5:20,kd=1:30}; blank gives no overrides
     * @return gain name → range, in the order given
     * @throws IllegalArgumentException naming the malformed entry
     */
    public static Map<String, GainRange> parse(String text) {
        Map<String, GainRange> ranges = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return ranges;
        }
        for (String entry : text.split(",")) {
            String item = entry.trim();
            int eq = item.indexOf('=');
            int colon = item.indexOf(':', eq + 1);
            if (eq <= 0 || colon < 0) {
                throw new IllegalArgumentException("--bounds entry '" + item + "' must look like name=min:max");
            }
            String name = item.substring(0, eq).trim();
            double min = number(item.substring(eq + 1, colon), item);
            double max = number(item.substring(colon + 1), item);
            GainRange range;
            try {
                range = new GainRange(min, max);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--bounds entry '" + item + "': " + e.getMessage(), e);
            }
            if (ranges.put(name, range) != null) {
                throw new IllegalArgumentException("--bounds names gain " + name + " twice");
            }
        }
        return ranges;
    }

    private static double number(String text, String entry) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--bounds entry '" + entry + "': '" + text.trim()
                    + "' is not a number", e);
        }
    }

    /**
     * Replaces the bounds of the named gains.
     *
     * @param space     the controller's gains with their default bounds
     * @param overrides gain name → new range
     * @param source    where the overrides come from, for messages (e.g. {@code pso.bounds.sta_smc} or
     *                  {@code --bounds})
     * @return the same gains with the new bounds
     * @throws IllegalArgumentException for a gain name the controller does not have (the message lists its gains)
     */
    public static ParameterSpace override(ParameterSpace space, Map<String, GainRange> overrides, String source) {
        double[] lower = space.lowerBounds();
        double[] upper = space.upperBounds();
        for (Map.Entry<String, GainRange> e : overrides.entrySet()) {
            int index = space.indexOf(e.getKey());
            if (index < 0) {
                throw new IllegalArgumentException(source + ": unknown gain '" + e.getKey() + "' (gains: "
                        + space.names() + ")");
            }
            lower[index] = e.getValue().min();
            upper[index] = e.getValue().max();
        }
        return space.withBounds(lower, upper);
    }

    /**
     * @param space the gains
     * @return their bounds as a search box, in gain-vector order
     */
    public static SearchBounds of(ParameterSpace space) {
        return new SearchBounds(space.lowerBounds(), space.upperBounds());
    }

    /**
     * @param space the gains
     * @return gain name → its current range, in gain-vector order (for reports and result files)
     */
    public static Map<String, GainRange> ranges(ParameterSpace space) {
        Map<String, GainRange> out = new LinkedHashMap<>();
        for (ParameterSpace.Parameter p : space.parameters()) {
            out.put(p.name(), new GainRange(p.lower(), p.upper()));
        }
        return Collections.unmodifiableMap(out);
    }
}
