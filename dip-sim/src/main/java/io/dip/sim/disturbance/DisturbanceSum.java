package io.dip.sim.disturbance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sum of several disturbances, {@code d(t) = Σ dᵢ(t)}.
 */
public final class DisturbanceSum implements Disturbance {

    /** Type name in configuration and result files. */
    public static final String TYPE = "sum";

    private final Disturbance[] parts;

    /**
     * @param parts the terms, none null
     */
    public DisturbanceSum(List<? extends Disturbance> parts) {
        this.parts = parts.toArray(new Disturbance[0]);
        for (int i = 0; i < this.parts.length; i++) {
            if (this.parts[i] == null) {
                throw new IllegalArgumentException(TYPE + ".parts[" + i + "] must not be null");
            }
        }
    }

    /**
     * @param parts the terms
     * @return their sum
     */
    public static DisturbanceSum of(Disturbance... parts) {
        return new DisturbanceSum(Arrays.asList(parts));
    }

    /** @return the terms */
    public List<Disturbance> parts() {
        return List.of(parts);
    }

    @Override
    public double force(double t) {
        double sum = 0.0;
        for (Disturbance part : parts) {
            sum += part.force(t);
        }
        return sum;
    }

    @Override
    public Disturbance reseeded(long runSeed) {
        List<Disturbance> reseeded = new ArrayList<>(parts.length);
        for (Disturbance part : parts) {
            reseeded.add(part.reseeded(runSeed));
        }
        return new DisturbanceSum(reseeded);
    }

    @Override
    public Map<String, Object> describe() {
        List<Map<String, Object>> terms = new ArrayList<>(parts.length);
        for (Disturbance part : parts) {
            terms.add(part.describe());
        }
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", TYPE);
        map.put("parts", terms);
        return map;
    }
}
