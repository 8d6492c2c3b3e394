package io.dip.sim.runtime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The jars of a plugins directory: every {@code *.jar} directly inside it (sorted by file name), each with its own
 * {@link URLClassLoader}. Other files and sub-directories are ignored.
 */
final class PluginDirectory implements AutoCloseable {

    /** The service files a plugin jar must hold at least one of. */
    static final List<String> SERVICE_TYPES = Stream.concat(
            PluginKind.ALL.stream().map(kind -> kind.type().getName()), Stream.of(DipModule.class.getName())).toList();

    private final List<PluginJar> jars;

    private PluginDirectory(List<PluginJar> jars) {
        this.jars = List.copyOf(jars);
    }

    /** @return a directory holding no jars, for runs without {@code --plugins} */
    static PluginDirectory none() {
        return new PluginDirectory(List.of());
    }

    /**
     * @param directory the plugins directory
     * @param parent    the parent of every jar's class loader
     * @return the opened jars
     * @throws PluginException when the directory does not exist, cannot be listed, or holds a jar that is
     *                         unreadable or has no dip service entry
     */
    static PluginDirectory open(Path directory, ClassLoader parent) {
        if (!Files.exists(directory)) {
            throw new PluginException("plugins directory " + directory + " does not exist");
        }
        if (!Files.isDirectory(directory)) {
            throw new PluginException("plugins directory " + directory + " is not a directory");
        }
        List<Path> paths = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path path : stream) {
                if (Files.isRegularFile(path)) {
                    paths.add(path);
                }
            }
        } catch (IOException e) {
            throw new PluginException("cannot list plugins directory " + directory + ": " + e, e);
        }
        paths.sort(null);
        List<PluginJar> jars = new ArrayList<>();
        try {
            for (Path path : paths) {
                requireServiceEntry(path);
                String name = path.getFileName().toString();
                jars.add(new PluginJar(name, new URLClassLoader("plugin " + name, new URL[] {toUrl(path)}, parent)));
            }
        } catch (RuntimeException e) {
            new PluginDirectory(jars).close();
            throw e;
        }
        return new PluginDirectory(jars);
    }

    private static void requireServiceEntry(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            for (String type : SERVICE_TYPES) {
                if (file.getJarEntry("META-INF/services/" + type) != null) {
                    return;
                }
            }
        } catch (IOException e) {
            throw new PluginException("cannot read plugin jar " + jar.getFileName() + ": "
                    + ServiceScanner.describe(e), e);
        }
        throw new PluginException("not a plugin: " + jar.getFileName() + " holds no META-INF/services entry for "
                + String.join(", ", SERVICE_TYPES.subList(0, SERVICE_TYPES.size() - 1)) + " or "
                + SERVICE_TYPES.get(SERVICE_TYPES.size() - 1));
    }

    private static URL toUrl(Path path) {
        try {
            return path.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new PluginException("cannot address plugin jar " + path + ": " + e.getMessage(), e);
        }
    }

    /** @return the jars in file-name order */
    List<PluginJar> jars() {
        return jars;
    }

    /** Closes every jar's class loader. */
    @Override
    public void close() {
        UncheckedIOException failure = null;
        for (PluginJar jar : jars) {
            try {
                jar.loader().close();
            } catch (IOException e) {
                if (failure == null) {
                    failure = new UncheckedIOException("cannot close plugin jar " + jar.fileName(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
