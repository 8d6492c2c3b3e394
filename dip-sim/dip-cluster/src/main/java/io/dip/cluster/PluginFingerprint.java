package io.dip.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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
                jars.add(new PluginFingerprint(jar.getFileName().toString(), sha256(jar)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin jars of " + directory + ": " + e.getMessage(), e);
        }
        jars.sort((a, b) -> a.name().compareTo(b.name()));
        return jars;
    }

    private static String sha256(Path jar) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
        try (InputStream in = Files.newInputStream(jar)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public String toString() {
        return name + " (sha256 " + sha256.substring(0, Math.min(12, sha256.length())) + "…)";
    }
}
