package io.dip.testkit.holding;

import java.util.Optional;

/**
 * Types a controller must never reach, whatever the path, with the reason reported. A class is forbidden when it
 * is, extends or implements one of them (matched by name, so that classes of any class loader are judged alike).
 */
enum ForbiddenType {

    DYNAMICS_MODEL("io.dip.api.DynamicsModel",
            "a dynamics model is reached only through DynamicsRef, the weak reference its owner controls"),
    INTEGRATOR("io.dip.api.Integrator",
            "an integrator holds the model it integrates; reach the model only through DynamicsRef"),
    DYNAMICS_PROVIDER("io.dip.api.DynamicsProvider", "a provider creates models; a controller holds none"),
    INTEGRATOR_PROVIDER("io.dip.api.IntegratorProvider", "a provider creates integrators; a controller holds none"),
    CONTROLLER_PROVIDER("io.dip.api.ControllerProvider",
            "a provider creates controllers; a controller holds none (an inner controller class holds its provider)"),
    REFERENCE("java.lang.ref.Reference",
            "a hand-made weak/soft/phantom reference; the model is reached only through DynamicsRef"),
    THREAD_LOCAL("java.lang.ThreadLocal", "a ThreadLocal keeps a value alive per thread, beyond the controller"),
    COLLECTION("java.util.Collection",
            "a collection can grow without bound; keep history in a DoubleRingBuffer or a final primitive array"),
    MAP("java.util.Map", "a map can grow without bound; keep state in primitives or final primitive arrays"),
    ITERABLE("java.lang.Iterable", "an Iterable holds or reaches elements without bound"),
    ITERATOR("java.util.Iterator", "an iterator keeps its source alive"),
    APPENDABLE("java.lang.Appendable", "a builder, writer or stream grows or holds resources without bound"),
    STREAM("java.util.stream.BaseStream", "a stream keeps its source and pipeline alive"),
    IO("java.io.Closeable", "an I/O resource is not controller state"),
    THREAD("java.lang.Thread", "a thread is not controller state"),
    EXECUTOR("java.util.concurrent.Executor", "an executor holds threads and queued work"),
    CLASS_LOADER("java.lang.ClassLoader", "a class loader keeps every class it loaded alive");

    private final String typeName;
    private final String reason;

    ForbiddenType(String typeName, String reason) {
        this.typeName = typeName;
        this.reason = reason;
    }

    /** @return why a controller must not reach this type */
    String reason() {
        return reason;
    }

    /** @return the binary name of the forbidden supertype */
    String typeName() {
        return typeName;
    }

    /**
     * @param type a class
     * @return the first forbidden type it is, extends or implements
     */
    static Optional<ForbiddenType> of(Class<?> type) {
        for (ForbiddenType forbidden : values()) {
            if (Supertypes.isOrExtends(type, forbidden.typeName)) {
                return Optional.of(forbidden);
            }
        }
        return Optional.empty();
    }
}
