package io.dip.testkit.holding;

/** What is required of the state being judged. */
enum HoldingMode {
    /** State a controller holds: the whole allow-list applies. */
    HELD,
    /**
     * State that must be an immutable value: static fields, enum constants, what an {@code Optional} holds. Only
     * primitives and immutable values; every field final; no arrays, no bounded buffers, no {@code DynamicsRef}.
     */
    IMMUTABLE
}
