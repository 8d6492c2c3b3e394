package io.dip.testkit.holding;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list: what a controller may hold. One definition, used by the static check on declared types
 * ({@link StaticHoldingJudge}) and by the runtime walk on actual objects ({@link ObjectGraphInspector}).
 *
 * <p>A controller's own fields, its superclasses' fields (JDK superclasses included), its static fields, and every
 * object reachable from them (helpers in any package, array elements, what lambdas and method references capture)
 * may be only:
 * <ul>
 *   <li>primitives;</li>
 *   <li>final primitive arrays (any dimension), allocated at creation, of at most
 *       {@link CapacityCeilings#PRIMITIVE_ARRAY_BYTES} bytes each;</li>
 *   <li>immutable values: {@link #IMMUTABLE_JDK_VALUES}, enums whose constants hold only immutable values,
 *       {@code Optional} of an immutable value, and records or classes whose fields are all final and themselves
 *       immutable values (no arrays);</li>
 *   <li>{@code io.dip.api.DynamicsRef} (final or not);</li>
 *   <li>the bounded API types ({@link BoundedApiType}) in final fields, each under its ceiling;</li>
 *   <li>final references to objects whose classes obey the same rules.</li>
 * </ul>
 * Static fields may be only final primitives and final immutable values. Enum fields and {@code DynamicsRef}
 * fields may be non-final; every other reference field must be final. A controller class is not an inner
 * (non-static nested, local or anonymous) class. Everything else is a violation — in particular every
 * {@link ForbiddenType}, every JDK class outside the list, and reference arrays. An interface, an abstract class,
 * {@code Object} or a class that subclasses could extend cannot be judged from its declaration: the runtime
 * checks ({@link RuntimeCheck}) judge the actual object.
 */
final class HoldingDefinition {

    /** The controller interface, by binary name. */
    static final String CONTROLLER = "io.dip.api.Controller";

    /** The model handle a controller may hold, by binary name. */
    static final String DYNAMICS_REF = "io.dip.api.DynamicsRef";

    /** JDK classes that are immutable values. */
    static final Set<String> IMMUTABLE_JDK_VALUES = Set.of("java.lang.String", "java.lang.Boolean", "java.lang.Byte",
            "java.lang.Short", "java.lang.Character", "java.lang.Integer", "java.lang.Long", "java.lang.Float",
            "java.lang.Double", "java.math.BigInteger", "java.math.BigDecimal", "java.util.UUID",
            "java.time.Duration", "java.time.Instant", "java.time.LocalDate", "java.time.LocalTime",
            "java.time.LocalDateTime", "java.time.ZoneOffset");

    /** JDK superclasses that add no state: a class extending one of them is judged by its own fields. */
    private static final List<String> STATELESS_JDK_SUPERCLASSES = List.of("java.lang.Object", "java.lang.Enum",
            "java.lang.Record");

    private HoldingDefinition() {
    }

    /**
     * @param type a declared or actual type
     * @return how the allow-list sorts it
     */
    static Classification classify(Class<?> type) {
        if (type.isPrimitive()) {
            return allowed(TypeCategory.PRIMITIVE);
        }
        if (type.isArray()) {
            Class<?> element = innermostElement(type);
            return element.isPrimitive() ? allowed(TypeCategory.PRIMITIVE_ARRAY)
                    : new Classification(TypeCategory.REFERENCE_ARRAY, "an array of references (" + element.getName()
                            + "): its slots can be replaced; hold only final primitive arrays");
        }
        if (type.getName().equals(DYNAMICS_REF)) {
            return allowed(TypeCategory.DYNAMICS_REF);
        }
        if (BoundedApiType.of(type).isPresent()) {
            return allowed(TypeCategory.BOUNDED_API);
        }
        Optional<ForbiddenType> forbidden = ForbiddenType.of(type);
        if (forbidden.isPresent()) {
            return new Classification(TypeCategory.FORBIDDEN, forbidden.get().reason());
        }
        if (IMMUTABLE_JDK_VALUES.contains(type.getName())) {
            return allowed(TypeCategory.IMMUTABLE_VALUE);
        }
        if (type.isEnum() || (type.getSuperclass() != null && type.getSuperclass().isEnum())) {
            return allowed(TypeCategory.ENUM);
        }
        if (type.getName().equals("java.util.Optional")) {
            return allowed(TypeCategory.OPTIONAL);
        }
        if (isLambda(type)) {
            return allowed(TypeCategory.LAMBDA);
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers()) || type == Object.class) {
            return new Classification(TypeCategory.OPEN, (type == Object.class ? "Object"
                    : type.isInterface() ? "an interface" : "an abstract class")
                    + " can hold anything: only the actual object can be judged");
        }
        if (Supertypes.isJdk(type)) {
            return new Classification(TypeCategory.JDK_NOT_ALLOWED, "JDK class " + type.getName()
                    + " is not on the allow-list (primitives, final primitive arrays, immutable values, "
                    + "DynamicsRef, bounded API types)");
        }
        return allowed(TypeCategory.COMPOSITE);
    }

    /**
     * @param type a class outside the JDK
     * @return its first JDK superclass that holds state, if any (e.g. {@code java.util.ArrayDeque})
     */
    static Optional<Class<?>> statefulJdkSuperclass(Class<?> type) {
        for (Class<?> superclass = type.getSuperclass(); superclass != null; superclass = superclass.getSuperclass()) {
            if (Supertypes.isJdk(superclass)) {
                return STATELESS_JDK_SUPERCLASSES.contains(superclass.getName()) ? Optional.empty()
                        : Optional.of(superclass);
            }
        }
        return Optional.empty();
    }

    /**
     * @param superclass a JDK superclass that holds state (see {@link #statefulJdkSuperclass})
     * @return why a controller or helper may not extend it
     */
    static String jdkSuperclassReason(Class<?> superclass) {
        Classification verdict = classify(superclass);
        return verdict.category() == TypeCategory.FORBIDDEN ? verdict.reason()
                : "extends JDK class " + superclass.getName() + ", whose state is outside the allow-list (only "
                        + String.join(", ", STATELESS_JDK_SUPERCLASSES) + " may be extended)";
    }

    /**
     * The rules on a field's declaration, before its type: statics are final, reference fields are final unless
     * they hold an enum or a {@code DynamicsRef}.
     *
     * @param field a field of a class the controller's state reaches
     * @return why the declaration is rejected, if it is
     */
    static Optional<String> declarationProblem(Field field) {
        int modifiers = field.getModifiers();
        boolean isFinal = Modifier.isFinal(modifiers);
        if (Modifier.isStatic(modifiers)) {
            return isFinal ? Optional.empty()
                    : Optional.of("mutable static field: shared by every controller and never released");
        }
        if (isFinal || field.getType().isPrimitive()) {
            return Optional.empty();
        }
        if (field.getType().isArray()) {
            return Optional.of("array field is not final: it can be replaced and regrown after creation");
        }
        TypeCategory category = classify(field.getType()).category();
        return category == TypeCategory.ENUM || category == TypeCategory.DYNAMICS_REF ? Optional.empty()
                : Optional.of("reference field is not final: it can be replaced after creation "
                        + "(only primitives, enums and DynamicsRef may change)");
    }

    /**
     * @param field a field
     * @return true when the field is compiler bookkeeping that holds no controller state ({@code $assertionsDisabled},
     *         an enum's {@code $VALUES})
     */
    static boolean isBookkeeping(Field field) {
        return field.isSynthetic() && Modifier.isStatic(field.getModifiers());
    }

    /**
     * @param type a class
     * @return true when it is a controller class (a concrete implementation of {@code io.dip.api.Controller})
     */
    static boolean isControllerClass(Class<?> type) {
        return !type.isInterface() && !Modifier.isAbstract(type.getModifiers())
                && Supertypes.isOrExtends(type, CONTROLLER);
    }

    /**
     * @param type a controller class
     * @return why it may not be a controller class (an inner class holds its enclosing instance), if so
     */
    static Optional<String> innerClassProblem(Class<?> type) {
        boolean inner = (type.isMemberClass() || type.isLocalClass() || type.isAnonymousClass())
                && !Modifier.isStatic(type.getModifiers());
        boolean capturesOuter = false;
        for (Field field : type.getDeclaredFields()) {
            capturesOuter |= field.isSynthetic() && field.getName().startsWith("this$");
        }
        return inner && (capturesOuter || type.isMemberClass())
                ? Optional.of("inner (non-static) class: every instance holds its enclosing instance; make it a "
                        + "top-level or static nested class")
                : Optional.empty();
    }

    /**
     * @param type a class
     * @return true when it is the class of a lambda or a method reference
     */
    static boolean isLambda(Class<?> type) {
        return type.isSynthetic() && type.getName().contains("$$Lambda");
    }

    /**
     * @param array an array type
     * @return its innermost element type ({@code double} for {@code double[][]})
     */
    static Class<?> innermostElement(Class<?> array) {
        Class<?> element = array;
        while (element.isArray()) {
            element = element.getComponentType();
        }
        return element;
    }

    /**
     * @param type a class
     * @return true when subclasses could extend it with more state (not final, not a record, not an enum)
     */
    static boolean isExtensible(Class<?> type) {
        return !Modifier.isFinal(type.getModifiers()) && !type.isRecord() && !type.isEnum()
                && !type.isArray() && !type.isPrimitive();
    }

    private static Classification allowed(TypeCategory category) {
        return new Classification(category, "");
    }
}
