package io.dip.testkit.holding;

/** How the allow-list ({@link HoldingDefinition}) sorts a type a controller may hold. */
enum TypeCategory {
    /** {@code int}, {@code double}...: allowed. */
    PRIMITIVE,
    /** An array whose innermost element type is primitive: allowed in a final field, under its ceiling. */
    PRIMITIVE_ARRAY,
    /** An array of references: rejected (its slots are mutable references). */
    REFERENCE_ARRAY,
    /** {@code io.dip.api.DynamicsRef}: the only way to the model; allowed. */
    DYNAMICS_REF,
    /** A bounded type of the SPI ({@link BoundedApiType}): allowed in a final field, under its ceiling. */
    BOUNDED_API,
    /** A JDK immutable value (String, boxed primitives...): allowed. */
    IMMUTABLE_VALUE,
    /** An enum: allowed when its constants hold only immutable values. */
    ENUM,
    /** {@code java.util.Optional}: allowed when what it holds is an immutable value. */
    OPTIONAL,
    /** A lambda or method reference object: judged by what it captures. */
    LAMBDA,
    /** A type that must never be reached ({@link ForbiddenType}). */
    FORBIDDEN,
    /** A JDK class outside the allow-list. */
    JDK_NOT_ALLOWED,
    /** An interface, an abstract class or {@code Object}: only the actual object can be judged. */
    OPEN,
    /** A concrete class outside the JDK: judged by its fields, transitively. */
    COMPOSITE
}
