package io.dip.testkit.holding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/** Supertype questions answered by binary name, so that classes from any class loader are judged alike. */
final class Supertypes {

    private Supertypes() {
    }

    /**
     * @param type     a class
     * @param typeName a binary class name
     * @return true when {@code type} is that class or extends or implements it, directly or not
     */
    static boolean isOrExtends(Class<?> type, String typeName) {
        Deque<Class<?>> pending = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        pending.push(type);
        while (!pending.isEmpty()) {
            Class<?> current = pending.pop();
            if (!seen.add(current)) {
                continue;
            }
            if (current.getName().equals(typeName)) {
                return true;
            }
            if (current.getSuperclass() != null) {
                pending.push(current.getSuperclass());
            }
            for (Class<?> implemented : current.getInterfaces()) {
                pending.push(implemented);
            }
        }
        return false;
    }

    /**
     * @param type a class
     * @return true when it belongs to the JDK (loaded by the boot or the platform class loader)
     */
    static boolean isJdk(Class<?> type) {
        ClassLoader loader = type.getClassLoader();
        return loader == null || loader == ClassLoader.getPlatformClassLoader();
    }
}
