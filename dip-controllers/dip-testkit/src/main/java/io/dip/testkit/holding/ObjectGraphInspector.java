package io.dip.testkit.holding;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list applied to the live objects of a created controller: every object strongly reachable from it
 * through fields (of its class, its superclasses, helpers in any package, array elements, the captured values of
 * lambdas and method references) and the static fields of every class met, judged by its actual class. The walk
 * stops at allowed leaves (primitives, immutable JDK values, {@code DynamicsRef}, the bounded API types) and at
 * rejected objects: it never reads the inside of JDK classes.
 */
final class ObjectGraphInspector {

    /** Longest chain of references followed; a longer one is not bounded controller state. */
    static final int MAX_DEPTH = 1_000;

    private final Findings findings;
    private final Set<Object> seenHeld = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Object> seenImmutable = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Class<?>> staticsJudged = new HashSet<>();

    /** @param findings where findings go */
    ObjectGraphInspector(Findings findings) {
        this.findings = findings;
    }

    /** @param controller a created controller, judged with everything it reaches */
    void inspect(Object controller) {
        Class<?> type = controller.getClass();
        findings.startController(type);
        HoldingPath root = HoldingPath.start().then(type.getName());
        HoldingDefinition.innerClassProblem(type).ifPresent(problem -> findings.violation(root, problem));
        seenHeld.add(controller);
        judgeFields(controller, type, HoldingPath.start(), root, HoldingMode.HELD);
    }

    private void judgeFields(Object object, Class<?> type, HoldingPath path, HoldingPath classPath,
            HoldingMode mode) {
        HoldingDefinition.statefulJdkSuperclass(type).ifPresent(superclass -> findings.violation(
                classPath.then("extends " + superclass.getName()), HoldingDefinition.jdkSuperclassReason(superclass)));
        for (Class<?> declaring : Supertypes.stateDeclarers(type)) {
            boolean judgeStatics = staticsJudged.add(declaring);
            for (Field field : declaring.getDeclaredFields()) {
                boolean isStatic = Modifier.isStatic(field.getModifiers());
                if (HoldingDefinition.isBookkeeping(field) || (isStatic && !judgeStatics)) {
                    continue;
                }
                judgeField(object, field, path, mode);
            }
        }
    }

    private void judgeField(Object owner, Field field, HoldingPath ownerPath, HoldingMode mode) {
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        HoldingPath fieldPath = ownerPath.then(fieldStep(field));
        Optional<String> declaration = HoldingDefinition.declarationProblem(field);
        if (declaration.isEmpty() && mode == HoldingMode.IMMUTABLE && !isStatic
                && !Modifier.isFinal(field.getModifiers())) {
            declaration = Optional.of("field of an immutable value is not final");
        }
        if (declaration.isPresent()) {
            findings.violation(fieldPath.then(field.getGenericType().getTypeName()), declaration.get());
            return;
        }
        if (field.getType().isPrimitive()) {
            return;
        }
        if (!field.trySetAccessible()) {
            findings.violation(fieldPath, "cannot be read by the object-graph walk (its module does not open "
                    + field.getDeclaringClass().getPackageName() + "); open the package to judge it");
            return;
        }
        Object value;
        try {
            value = field.get(isStatic ? null : owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("field made accessible cannot be read: " + field, e);
        }
        judgeValue(value, fieldPath, isStatic ? HoldingMode.IMMUTABLE : mode);
    }

    private void judgeValue(Object value, HoldingPath path, HoldingMode mode) {
        if (value == null || !(mode == HoldingMode.HELD ? seenHeld : seenImmutable).add(value)) {
            return;
        }
        Class<?> type = value.getClass();
        HoldingPath typePath = path.then(type.getTypeName());
        if (path.length() > MAX_DEPTH) {
            findings.violation(typePath, "more than " + MAX_DEPTH + " references deep: not bounded controller state");
            return;
        }
        Classification verdict = HoldingDefinition.classify(type);
        switch (verdict.category()) {
            case PRIMITIVE, IMMUTABLE_VALUE -> {
            }
            case PRIMITIVE_ARRAY -> judgePrimitiveArray(value, path, typePath, mode);
            case DYNAMICS_REF -> judgeMutable(typePath, mode);
            case BOUNDED_API -> {
                judgeMutable(typePath, mode);
                BoundedApiType.of(type).flatMap(bounded -> bounded.exceeded(value))
                        .ifPresent(reason -> findings.violation(typePath, reason));
            }
            case REFERENCE_ARRAY -> findings.violation(typePath, arrayReason(value, verdict));
            case FORBIDDEN, JDK_NOT_ALLOWED -> findings.violation(typePath, verdict.reason());
            case ENUM -> judgeFields(value, type, path, typePath, HoldingMode.IMMUTABLE);
            case OPTIONAL -> judgeValue(((Optional<?>) value).orElse(null), typePath, HoldingMode.IMMUTABLE);
            case LAMBDA -> judgeFields(value, type, path.then("lambda of " + capturingClass(type)), typePath, mode);
            case OPEN -> {
                // a bare Object (a lock): no state
            }
            case COMPOSITE -> judgeFields(value, type, path, typePath, mode);
            default -> throw new IllegalStateException("unhandled category " + verdict.category());
        }
    }

    private void judgeMutable(HoldingPath typePath, HoldingMode mode) {
        if (mode == HoldingMode.IMMUTABLE) {
            findings.violation(typePath, "mutable per-controller state in a static field or an immutable value "
                    + "(shared by every controller): arrays, buffers and DynamicsRef belong in instance fields");
        }
    }

    private void judgePrimitiveArray(Object array, HoldingPath path, HoldingPath typePath, HoldingMode mode) {
        judgeMutable(typePath, mode);
        Class<?> component = array.getClass().getComponentType();
        int length = Array.getLength(array);
        if (component.isArray()) {
            for (int i = 0; i < length; i++) {
                judgeValue(Array.get(array, i), path.then("[" + i + "]"), mode);
            }
            return;
        }
        long bytes = (long) length * elementBytes(component);
        if (bytes > CapacityCeilings.PRIMITIVE_ARRAY_BYTES) {
            findings.violation(typePath, component.getName() + "[" + length + "] holds " + bytes
                    + " B, above the ceiling of " + CapacityCeilings.PRIMITIVE_ARRAY_BYTES + " B");
        }
    }

    private static String arrayReason(Object array, Classification verdict) {
        for (int i = 0; i < Array.getLength(array); i++) {
            Object element = Array.get(array, i);
            if (element != null) {
                Classification elementVerdict = HoldingDefinition.classify(element.getClass());
                if (elementVerdict.category() == TypeCategory.FORBIDDEN) {
                    return verdict.reason() + "; element [" + i + "] is " + element.getClass().getName() + ": "
                            + elementVerdict.reason();
                }
            }
        }
        return verdict.reason();
    }

    private static int elementBytes(Class<?> primitive) {
        if (primitive == long.class || primitive == double.class) {
            return Long.BYTES;
        }
        if (primitive == int.class || primitive == float.class) {
            return Integer.BYTES;
        }
        return primitive == short.class || primitive == char.class ? Short.BYTES : Byte.BYTES;
    }

    private static String fieldStep(Field field) {
        Class<?> declaring = field.getDeclaringClass();
        return HoldingDefinition.isLambda(declaring) ? "captured " + field.getName()
                : declaring.getName() + "." + field.getName();
    }

    private static String capturingClass(Class<?> lambda) {
        String name = lambda.getName();
        return name.substring(0, name.indexOf("$$Lambda"));
    }
}
