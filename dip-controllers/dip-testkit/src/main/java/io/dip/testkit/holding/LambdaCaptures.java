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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the lambdas and method references stored into fields capture, read from the class files: an
 * {@code invokedynamic} bootstrapped by {@code LambdaMetafactory} whose result goes straight into a field
 * ({@code this.f = () -> model.x()} or {@code this.f = model::x}). The captured values are the arguments of the
 * {@code invokedynamic}; their declared types are judged like final fields. A lambda stored by any other route is
 * not seen here; the object-graph walk judges it. Uses the ASM that ArchUnit bundles.
 */
final class LambdaCaptures {

    /**
     * A value captured by a lambda or method reference stored into a field.
     *
     * @param type   the declared type of the captured value
     * @param method where the lambda is created, {@code Owner.method}
     */
    record Capture(Class<?> type, String method) {
    }

    private static final String LAMBDA_METAFACTORY = "java/lang/invoke/LambdaMetafactory";

    private final Map<Class<?>, Map<String, List<Capture>>> byClass = new HashMap<>();

    /**
     * @param field a field
     * @return what the lambdas stored into it by its declaring class's code capture
     */
    List<Capture> storedInto(Field field) {
        return byClass.computeIfAbsent(field.getDeclaringClass(), LambdaCaptures::read)
                .getOrDefault(field.getName(), List.of());
    }

    private static Map<String, List<Capture>> read(Class<?> type) {
        Map<String, List<Capture>> captures = new HashMap<>();
        ClassLoader loader = type.getClassLoader() == null ? ClassLoader.getSystemClassLoader()
                : type.getClassLoader();
        String internalName = type.getName().replace('.', '/');
        try (InputStream bytes = loader.getResourceAsStream(internalName + ".class")) {
            if (bytes != null) {
                new ClassReader(bytes).accept(new CaptureScanner(type, internalName, captures),
                        ClassReader.SKIP_DEBUG | ClassReader.SKIP_FRAMES);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the class file of " + type.getName(), e);
        }
        return captures;
    }

    /** Finds {@code invokedynamic} LambdaMetafactory calls immediately followed by a store into a field. */
    private static final class CaptureScanner extends ClassVisitor {

        private final Class<?> type;
        private final String internalName;
        private final Map<String, List<Capture>> captures;

        CaptureScanner(Class<?> type, String internalName, Map<String, List<Capture>> captures) {
            super(Opcodes.ASM9);
            this.type = type;
            this.internalName = internalName;
            this.captures = captures;
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
                    List<Capture> stored = captures.computeIfAbsent(name, key -> new ArrayList<>());
                    for (Type captured : pendingCaptures) {
                        stored.add(new Capture(load(captured), method));
                    }
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

        private Class<?> loadClass(Type captured) {
            String name = captured.getSort() == Type.ARRAY ? captured.getDescriptor().replace('/', '.')
                    : captured.getClassName();
            try {
                return Class.forName(name, false, type.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                throw new IllegalStateException("cannot load " + name + ", captured by a lambda in "
                        + type.getName() + ": " + e, e);
            }
        }
    }
}
