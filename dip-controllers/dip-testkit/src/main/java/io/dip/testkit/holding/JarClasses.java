package io.dip.testkit.holding;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
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
     * @param type a class
     * @return the jar file it was loaded from
     * @throws IllegalArgumentException when it was not loaded from a jar file
     */
    static Path jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            throw new IllegalArgumentException(type.getName() + " has no code source: it was not loaded from a jar");
        }
        try {
            Path location = Path.of(source.getLocation().toURI());
            if (!Files.isRegularFile(location)) {
                throw new IllegalArgumentException(type.getName() + " was loaded from " + location + ", not a jar");
            }
            return location;
        } catch (URISyntaxException | FileSystemNotFoundException e) {
            throw new IllegalArgumentException(type.getName() + " was loaded from " + source.getLocation()
                    + ", not a jar file", e);
        }
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
