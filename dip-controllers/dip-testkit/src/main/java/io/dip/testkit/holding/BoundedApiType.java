package io.dip.testkit.holding;

import io.dip.api.Diagnostics;
import io.dip.api.DoubleRingBuffer;
import java.util.Optional;
import java.util.function.ToLongFunction;

/**
 * The bounded types of the SPI that a controller may hold in a final field, each with the capacity ceiling
 * ({@link CapacityCeilings}) that the object-graph walk checks on the actual object.
 */
enum BoundedApiType {

    /** A ring of doubles; its capacity is fixed at creation. */
    RING_BUFFER(DoubleRingBuffer.class, "capacity", CapacityCeilings.RING_BUFFER_CAPACITY,
            buffer -> ((DoubleRingBuffer) buffer).capacity()),
    /** Named scalar values; their number is fixed at creation. */
    DIAGNOSTICS(Diagnostics.class, "size", CapacityCeilings.DIAGNOSTICS_SIZE,
            diagnostics -> ((Diagnostics) diagnostics).size());

    private final String className;
    private final String measureName;
    private final long ceiling;
    private final ToLongFunction<Object> measure;

    BoundedApiType(Class<?> type, String measureName, long ceiling, ToLongFunction<Object> measure) {
        this.className = type.getName();
        this.measureName = measureName;
        this.ceiling = ceiling;
        this.measure = measure;
    }

    /**
     * @param type a class
     * @return the bounded API type of that exact class, if it is one
     */
    static Optional<BoundedApiType> of(Class<?> type) {
        for (BoundedApiType bounded : values()) {
            if (bounded.className.equals(type.getName())) {
                return Optional.of(bounded);
            }
        }
        return Optional.empty();
    }

    /**
     * @param instance an instance of this type
     * @return why it exceeds its ceiling, if it does
     */
    Optional<String> exceeded(Object instance) {
        long size = measure.applyAsLong(instance);
        return size <= ceiling ? Optional.empty()
                : Optional.of(instance.getClass().getSimpleName() + " " + measureName + " " + size
                        + " exceeds the ceiling of " + ceiling);
    }
}
