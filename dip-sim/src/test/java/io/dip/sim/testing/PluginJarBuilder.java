package io.dip.sim.testing;

import io.dip.api.ControllerProvider;
import io.dip.sim.runtime.DipModule;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Builds a plugin jar at test time: compiles Java sources with the system compiler against the test class path,
 * writes {@code META-INF/services} entries and packages everything with {@link JarOutputStream}.
 */
public final class PluginJarBuilder {

    private final String fileName;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private final Map<String, List<String>> services = new LinkedHashMap<>();

    /** @param fileName the jar's file name, e.g. {@code acme.jar} */
    public PluginJarBuilder(String fileName) {
        this.fileName = fileName;
    }

    /**
     * @param className fully qualified class name
     * @param code      its Java source
     * @return this builder
     */
    public PluginJarBuilder source(String className, String code) {
        sources.put(className, code);
        return this;
    }

    /**
     * @param serviceType     the service interface
     * @param implementations class names listed in its services file (they need not exist)
     * @return this builder
     */
    public PluginJarBuilder service(Class<?> serviceType, String... implementations) {
        services.computeIfAbsent(serviceType.getName(), k -> new ArrayList<>()).addAll(List.of(implementations));
        return this;
    }

    /**
     * Compiles, packages and writes the jar.
     *
     * @param directory where the jar is written
     * @return the jar's path
     */
    public Path writeTo(Path directory) {
        try {
            Path work = Files.createTempDirectory(directory.getParent() == null ? directory : directory.getParent(),
                    "build-" + fileName);
            Path src = work.resolve("src");
            Path classes = work.resolve("classes");
            Files.createDirectories(classes);
            List<File> files = new ArrayList<>();
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
                Files.createDirectories(file.getParent());
                Files.writeString(file, source.getValue());
                files.add(file.toFile());
            }
            if (!files.isEmpty()) {
                compile(files, classes);
            }
            Path jar = directory.resolve(fileName);
            Files.createDirectories(directory);
            writeJar(classes, jar);
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void compile(List<File> files, Path classes) {
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        if (compiler == null) {
            throw new IllegalStateException("no system Java compiler: run the tests on a JDK");
        }
        List<String> options = List.of("-d", classes.toString(), "-classpath", classPath(), "-proc:none",
                "-nowarn", "--release", "17");
        StringWriter diagnostics = new StringWriter();
        try (var fileManager = compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            boolean ok = compiler.getTask(diagnostics, fileManager, null, options,
                    null, fileManager.getJavaFileObjectsFromFiles(files)).call();
            if (!ok) {
                throw new IllegalStateException("plugin sources do not compile:\n" + diagnostics);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the test class path plus the locations of the dip API, the dip runtime and Guice */
    private static String classPath() {
        Set<String> entries = new LinkedHashSet<>(List.of(System.getProperty("java.class.path")
                .split(File.pathSeparator)));
        for (Class<?> type : List.of(ControllerProvider.class, DipModule.class, com.google.inject.Module.class,
                jakarta.inject.Provider.class)) {
            try {
                entries.add(Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    private void writeJar(Path classes, Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out, manifest)) {
            try (Stream<Path> walk = Files.walk(classes)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    zip.putNextEntry(new JarEntry(classes.relativize(file).toString().replace(File.separatorChar,
                            '/')));
                    zip.write(Files.readAllBytes(file));
                    zip.closeEntry();
                }
            }
            for (Map.Entry<String, List<String>> service : services.entrySet()) {
                zip.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                zip.write((String.join("\n", service.getValue()) + "\n").getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
