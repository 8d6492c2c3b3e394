package io.dip.testkit.holding;

import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassReader;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.ClassVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Handle;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Label;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.MethodVisitor;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Opcodes;
import com.tngtech.archunit.thirdparty.org.objectweb.asm.Type;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a class's code reveals about the state it holds, read from its class file (with the ASM that ArchUnit
 * bundles):
 * <ul>
 *   <li>what the lambdas and method references stored into its fields capture: an {@code invokedynamic}
 *       bootstrapped by {@code LambdaMetafactory} whose result goes straight into a field
 *       ({@code this.f = () -> model.x()} or {@code this.f = model::x}). The captured values are the arguments of
 *       the {@code invokedynamic}; their declared types are judged like final fields. A lambda stored by any other
 *       route is not seen here; the object-graph walk judges it;</li>
 *   <li>the static fields of other classes of the same code source (the same plugin jar or class directory) that
 *       its code reads or writes: a plugin's mutable static is state its controller holds, whichever class
 *       declares it. Only the code of the controller's own code source is read for this.</li>
 * </ul>
 */
final class ClassCode {

    /**
     * A value captured by a lambda or method reference stored into a field.
     *
     * @param type   the declared type of the captured value
     * @param method where the lambda is created, {@code Owner.method}
     */
    record Capture(Class<?> type, String method) {
    }

    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    /**
     * What one class file reveals.
     *
     * @param capturesByField what the lambdas stored into each field capture
     * @param staticsUsed     static fields of other classes of the same code source that the code reads or writes
     */
    private record Facts(Map<String, List<Capture>> capturesByField, Set<Field> staticsUsed) {
    }

    private final Map<Class<?>, Facts> byClass = new HashMap<>();

    /**
     * @param field a field
     * @return what the lambdas stored into it by its declaring class's code capture
     */
    List<Capture> storedInto(Field field) {
        return facts(field.getDeclaringClass()).capturesByField().getOrDefault(field.getName(), List.of());
    }

    /**
     * @param type       a class
     * @param controller the controller being judged
     * @return the static fields of other classes of its code source that its code reads or writes, when it comes
     *         from the controller's own code source (the plugin jar or class directory); none for the classes of
     *         other sources, such as the SPI's base classes
     */
    Set<Field> staticsUsedBy(Class<?> type, Class<?> controller) {
        return Supertypes.sameCodeSource(type, controller) ? facts(type).staticsUsed() : Set.of();
    }

    private Facts facts(Class<?> type) {
        return byClass.computeIfAbsent(type, ClassCode::read);
    }

    private static Facts read(Class<?> type) {
        Facts facts = new Facts(new HashMap<>(), new LinkedHashSet<>());
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader()
                : type.getClassLoader();
        String internalName = type.getName().replace('.', '/');
        try (InputStream bytes = loader.getResourceAsStream(internalName + ".class")) {
            if (bytes != null) {
                new ClassReader(bytes).accept(new CodeScanner(type, internalName, facts),
                        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + type.getName(), e);
        }
        return facts;
    }

    /**
     * Finds {@code invokedynamic} LambdaMetafactory calls immediately followed by a store into a field, and the
     * static fields of the same code source the code uses.
     */
    private static final class CodeScanner extends ClassVisitor {

        private final Class<?> type;
        private final String internalName;
        private final Facts facts;

        CodeScanner(Class<?> type, String internalName, Facts facts) {
            super(Opcodes.ASM9);
            this.type = type;
            this.internalName = internalName;
            this.facts = facts;
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
                String[] exceptions) {
            return new MethodScanner(type.getName() + "." + name);
        }

        private final class MethodScanner extends MethodVisitor {

            private final String method;
            private Type[] pendingCaptures;

            MethodScanner(String method) {
                super(Opcodes.ASM9);
                this.method = method;
            }

            @Override
            public void visitInvokeDynamicInsn(String name, String descriptor, Handle bootstrap, Object... arguments) {
                pendingCaptures = bootstrap.getOwner().equals(LAMBDA_METAFACTORY)
                        ? Type.getArgumentTypes(descriptor) : null;
            }

            @Override
            public void visitFieldInsn(int opcode, String owner, String name, String descriptor) {
                if (pendingCaptures != null && owner.equals(internalName)
                        && (opcode == Opcodes.PUTFIELD || opcode == Opcodes.PUTSTATIC)) {
                    List<Capture> stored = facts.capturesByField().computeIfAbsent(name, key -> new ArrayList<>());
                    for (Type captured : pendingCaptures) {
                        stored.add(new Capture(load(captured), method));
                    }
                }
                if ((opcode == Opcodes.GETSTATIC || opcode == Opcodes.PUTSTATIC) && !owner.equals(internalName)) {
                    staticOfSameSource(Type.getObjectType(owner), name).ifPresent(facts.staticsUsed()::add);
                }
                pendingCaptures = null;
            }

            @Override
            public void visitInsn(int opcode) {
                pendingCaptures = null;
            }

            @Override
            public void visitIntInsn(int opcode, int operand) {
                pendingCaptures = null;
            }

            @Override
            public void visitVarInsn(int opcode, int varIndex) {
                pendingCaptures = null;
            }

            @Override
            public void visitTypeInsn(int opcode, String typeName) {
                pendingCaptures = null;
            }

            @Override
            public void visitMethodInsn(int opcode, String owner, String name, String descriptor,
                    boolean isInterface) {
                pendingCaptures = null;
            }

            @Override
            public void visitJumpInsn(int opcode, Label label) {
                pendingCaptures = null;
            }

            @Override
            public void visitLdcInsn(Object value) {
                pendingCaptures = null;
            }

            @Override
            public void visitIincInsn(int varIndex, int increment) {
                pendingCaptures = null;
            }

            @Override
            public void visitTableSwitchInsn(int min, int max, Label dflt, Label... labels) {
                pendingCaptures = null;
            }

            @Override
            public void visitLookupSwitchInsn(Label dflt, int[] keys, Label[] labels) {
                pendingCaptures = null;
            }

            @Override
            public void visitMultiANewArrayInsn(String descriptor, int numDimensions) {
                pendingCaptures = null;
            }
        }

        private Class<?> load(Type captured) {
            return switch (captured.getSort()) {
                case Type.BOOLEAN -> boolean.class;
                case Type.CHAR -> char.class;
                case Type.BYTE -> byte.class;
                case Type.SHORT -> short.class;
                case Type.INT -> int.class;
                case Type.FLOAT -> float.class;
                case Type.LONG -> long.class;
                case Type.DOUBLE -> double.class;
                default -> loadClass(captured);
            };
        }

        private Optional<Field> staticOfSameSource(Type owner, String name) {
            Class<?> declaring;
            try {
                declaring = loadClass(owner);
            } catch (IllegalStateException e) {
                // a class that does not load is not part of the code source being judged
                return Optional.empty();
            }
            if (!Supertypes.sameCodeSource(declaring, type)) {
                return Optional.empty();
            }
            for (Class<?> k = declaring; k != null; k = k.getSuperclass()) {
                for (Field field : k.getDeclaredFields()) {
                    if (field.getName().equals(name) && Modifier.isStatic(field.getModifiers())) {
                        return Optional.of(field);
                    }
                }
            }
            return Optional.empty();
        }

        private Class<?> loadClass(Type captured) {
            String name = captured.getSort() == Type.ARRAY ? captured.getDescriptor().replace('/', '.')
                    : captured.getClassName();
            try {
                return Class.forName(name, false, type.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + ", used by " + type.getName() + ": " + e, e);
            }
        }
    }
}
