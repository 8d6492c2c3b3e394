package io.dip.testkit.holding;

import io.dip.api.Controller;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * The classes whose declared fields make up the state of an instance of {@code type}: the type itself and its
     * superclasses up to the first JDK class, then every interface they implement outside the JDK (for its
     * constants). JDK superclasses are judged as a whole, not field by field.
     *
     * @param type a class outside the JDK, or a lambda class
     * @return the declaring classes, the type first
     */
    static List<Class<?>> stateDeclarers(Class<?> type) {
        Set<Class<?>> declarers = new LinkedHashSet<>();
        for (Class<?> k = type; k != null && (!isJdk(k) || HoldingDefinition.isLambda(k)); k = k.getSuperclass()) {
            declarers.add(k);
        }
        Deque<Class<?>> pending = new ArrayDeque<>(declarers);
        while (!pending.isEmpty()) {
            for (Class<?> implemented : pending.pop().getInterfaces()) {
                if (!isJdk(implemented) && declarers.add(implemented)) {
                    pending.push(implemented);
                }
            }
        }
        return List.copyOf(declarers);
    }

    /**
     * @param one   a class
     * @param other another class
     * @return true when both were loaded from the same location (the same plugin jar or class directory) and
     *         neither belongs to the SPI package {@code io.dip.api}, which a jar may bundle (as the shaded CLI jar
     *         does) but which is the framework's, not the plugin's
     */
    static boolean sameCodeSource(Class<?> one, Class<?> other) {
        String spi = Controller.class.getPackageName();
        if (one.getPackageName().equals(spi) || other.getPackageName().equals(spi)) {
            return false;
        }
        CodeSource first = one.getProtectionDomain().getCodeSource();
        CodeSource second = other.getProtectionDomain().getCodeSource();
        return first != null && second != null && first.getLocation() != null
                && first.getLocation().equals(second.getLocation());
    }
}
