package io.dip.testkit.holding;

/**
 * The largest bounded structures a controller may hold, checked on the live objects by
 * {@link HoldingRules#inspect}. A bounded type without a ceiling would admit a 400 MB "history".
 */
public final class CapacityCeilings {

    /** Largest {@code DoubleRingBuffer.capacity()}: 10⁷ values, 80 MB. */
    public static final int RING_BUFFER_CAPACITY = 10_000_000;

    /** Largest number of named values in a {@code Diagnostics}. */
    public static final int DIAGNOSTICS_SIZE = 1_024;

    /** Largest primitive array, in bytes of elements (length × element size): 80 MB, as a full ring buffer. */
    public static final long PRIMITIVE_ARRAY_BYTES = 80_000_000L;

    private CapacityCeilings() {
    }
}
