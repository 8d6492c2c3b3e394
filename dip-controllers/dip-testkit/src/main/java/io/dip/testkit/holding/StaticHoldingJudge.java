package io.dip.testkit.holding;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The allow-list applied to declarations: every controller class among a set of classes, its superclasses, its
 * static fields, the declared types of its fields (transitively, helpers in any package, array elements), the
 * implementations of its interface-typed fields found among the classes, and what the lambdas and method
 * references stored in its fields capture ({@link LambdaCaptures}). Classes are loaded without being initialized:
 * no code of the judged classes runs.
 */
final class StaticHoldingJudge {

    private final List<Class<?>> classes;
    private final Findings findings;
    private final LambdaCaptures lambdaCaptures = new LambdaCaptures();
    private final Set<String> judged = new HashSet<>();

    /**
     * @param classes  the classes: controllers among them are judged, all of them are candidate implementations
     * @param findings where findings go
     */
    StaticHoldingJudge(Collection<Class<?>> classes, Findings findings) {
        this.classes = classes.stream().sorted(Comparator.comparing(Class::getName)).toList();
        this.findings = findings;
    }

    /** Judges every controller class among the classes. */
    void judgeControllers() {
        for (Class<?> type : classes) {
            if (HoldingDefinition.isControllerClass(type)) {
                judged.clear();
                findings.startController(type);
                HoldingPath root = HoldingPath.start().then(type.getName());
                try {
                    HoldingDefinition.innerClassProblem(type)
                            .ifPresent(problem -> findings.violation(root, problem));
                    judgeState(type, HoldingPath.start(), root, HoldingMode.HELD);
                } catch (RuntimeException | LinkageError e) {
                    findings.violation(root, "cannot be judged: a class its state reaches does not load (" + e + ")");
                }
            }
        }
    }

    /**
     * Judges the fields of a class and of its superclasses, and its stateful JDK superclass if any.
     *
     * @param type      the class
     * @param path      the path to an instance of it (the field holding it)
     * @param classPath the path naming the class itself, where a class-level problem is reported
     * @param mode      what is required of the state
     */
    private void judgeState(Class<?> type, HoldingPath path, HoldingPath classPath, HoldingMode mode) {
        if (!judged.add(type.getName() + "/" + mode)) {
            return;
        }
        HoldingDefinition.statefulJdkSuperclass(type).ifPresent(superclass -> findings.violation(
                classPath.then("extends " + superclass.getName()), HoldingDefinition.jdkSuperclassReason(superclass)));
        for (Class<?> declaring : Supertypes.stateDeclarers(type)) {
            for (Field field : declaredFields(declaring)) {
                if (!HoldingDefinition.isBookkeeping(field)) {
                    judgeField(field, path, mode);
                }
            }
        }
    }

    private void judgeField(Field field, HoldingPath ownerPath, HoldingMode mode) {
        HoldingPath fieldPath = ownerPath.then(field.getDeclaringClass().getName() + "." + field.getName());
        boolean isStatic = Modifier.isStatic(field.getModifiers());
        Optional<String> declaration = HoldingDefinition.declarationProblem(field);
        if (declaration.isEmpty() && mode == HoldingMode.IMMUTABLE && !isStatic
                && !Modifier.isFinal(field.getModifiers())) {
            declaration = Optional.of("field of an immutable value is not final");
        }
        if (declaration.isPresent()) {
            findings.violation(fieldPath.then(typeName(field)), declaration.get());
            return;
        }
        judgeType(field.getType(), genericType(field), fieldPath, isStatic ? HoldingMode.IMMUTABLE : mode, field);
    }

    private void judgeType(Class<?> type, Type generic, HoldingPath path, HoldingMode mode, Field field) {
        Classification verdict = HoldingDefinition.classify(type);
        HoldingPath typePath = path.then(generic.getTypeName());
        switch (verdict.category()) {
            case PRIMITIVE, IMMUTABLE_VALUE -> {
            }
            case PRIMITIVE_ARRAY, DYNAMICS_REF, BOUNDED_API -> {
                if (mode == HoldingMode.IMMUTABLE) {
                    findings.violation(typePath, MUTABLE_IN_IMMUTABLE);
                }
            }
            case REFERENCE_ARRAY -> findings.violation(typePath, arrayReason(type, verdict));
            case FORBIDDEN, JDK_NOT_ALLOWED -> findings.violation(typePath, verdict.reason());
            case ENUM -> judgeState(type, path, typePath, HoldingMode.IMMUTABLE);
            case OPTIONAL -> judgeOptional(generic, typePath);
            case LAMBDA, OPEN -> judgeOpen(type, typePath, mode, field, verdict.reason());
            case COMPOSITE -> {
                if (HoldingDefinition.isExtensible(type)) {
                    findings.deferred(typePath, "class " + type.getName()
                            + " is not final: a subclass could hold more (its own fields are judged)");
                }
                judgeState(type, path, typePath, mode);
            }
            default -> throw new IllegalStateException("unhandled category " + verdict.category());
        }
    }

    /** What an immutable context (a static field, an enum constant, an Optional's value) must not hold. */
    private static final String MUTABLE_IN_IMMUTABLE = "mutable per-controller state in a static field or an "
            + "immutable value (shared by every controller): arrays, buffers and DynamicsRef belong in instance fields";

    private void judgeOptional(Type generic, HoldingPath typePath) {
        if (generic instanceof ParameterizedType parameterized
                && parameterized.getActualTypeArguments()[0] instanceof Class<?> content) {
            judgeType(content, content, typePath, HoldingMode.IMMUTABLE, null);
        } else {
            findings.deferred(typePath, "an Optional whose content type is not declared");
        }
    }

    private void judgeOpen(Class<?> type, HoldingPath typePath, HoldingMode mode, Field field, String reason) {
        findings.deferred(typePath, reason);
        if (field != null) {
            for (LambdaCaptures.Capture capture : lambdaCaptures.storedInto(field)) {
                if (capture.type() != field.getDeclaringClass()) {
                    Class<?> captured = capture.type();
                    judgeType(captured, captured, typePath.then("lambda in " + capture.method() + " captures"), mode,
                            null);
                }
            }
        }
        if (type != Object.class) {
            for (Class<?> candidate : classes) {
                if (candidate != type && type.isAssignableFrom(candidate) && !candidate.isInterface()
                        && !Modifier.isAbstract(candidate.getModifiers())) {
                    judgeType(candidate, candidate, typePath.then("implemented by"), mode, null);
                }
            }
        }
    }

    private static String arrayReason(Class<?> array, Classification verdict) {
        Class<?> element = HoldingDefinition.innermostElement(array);
        Classification elementVerdict = HoldingDefinition.classify(element);
        return elementVerdict.category() == TypeCategory.FORBIDDEN
                ? verdict.reason() + "; and " + elementVerdict.reason() : verdict.reason();
    }

    private static Field[] declaredFields(Class<?> type) {
        try {
            return type.getDeclaredFields();
        } catch (LinkageError e) {
            throw new IllegalStateException("cannot read the fields of " + type.getName() + ": " + e, e);
        }
    }

    private static Type genericType(Field field) {
        try {
            return field.getGenericType();
        } catch (RuntimeException | LinkageError e) {
            return field.getType();
        }
    }

    private static String typeName(Field field) {
        return genericType(field).getTypeName();
    }
}
