package io.dip.cluster;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plugin jar as a cluster compares it: its file name and the SHA-256 of its bytes. Members run a study only when
 * their plugin jars are those of the invoking process.
 *
 * @param name   the jar's file name
 * @param sha256 the SHA-256 of its content, in hex
 */
public record PluginFingerprint(String name, String sha256) implements Serializable {

    private static final long serialVersionUID = 1L;

    /**
     * @param directory a {@code --plugins} directory, or null
     * @return the fingerprints of every {@code *.jar} in it, sorted by name; empty for null
     * @throws UncheckedIOException when a jar cannot be read
     */
    public static List<PluginFingerprint> of(Path directory) {
        List<PluginFingerprint> jars = new ArrayList<>();
        if (directory == null) {
            return jars;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.jar")) {
            for (Path jar : files) {
                jars.add(new PluginFingerprint(jar.getFileName().toString(), Sha256.of(jar)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin jars of " + directory + ": " + e.getMessage(), e);
        }
        jars.sort((a, b) -> a.name().compareTo(b.name()));
        return jars;
    }

    @Override
    public String toString() {
        return name + " (" + Sha256.abbreviated(sha256) + ")";
    }
}
