package io.dip.testkit.holding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

/** The classes of a jar, loaded through a given class loader without being initialized. */
final class JarClasses {

    private JarClasses() {
    }

    /**
     * @param jar      a jar file
     * @param loader   a class loader that sees the jar's classes
     * @param findings receives a note for every class that cannot be loaded
     * @return the classes that loaded
     * @throws IllegalArgumentException when the jar does not exist or cannot be read as a jar
     */
    static List<Class<?>> load(Path jar, ClassLoader loader, Findings findings) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("plugin jar not found: " + jar);
        }
        List<Class<?>> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            Enumeration<JarEntry> entries = file.entries();
            while (entries.hasMoreElements()) {
                String entry = entries.nextElement().getName();
                if (entry.endsWith(".class") && !entry.startsWith("META-INF/") && !entry.endsWith("module-info.class")
                        && !entry.endsWith("package-info.class")) {
                    String name = entry.substring(0, entry.length() - ".class".length()).replace('/', '.');
                    try {
                        classes.add(Class.forName(name, false, loader));
                    } catch (ClassNotFoundException | LinkageError e) {
                        findings.note(name + " in " + jar.getFileName() + " was not judged: it does not load ("
                                + e + ")");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read plugin jar " + jar + ": " + e.getMessage(), e);
        }
        return classes;
    }
}
