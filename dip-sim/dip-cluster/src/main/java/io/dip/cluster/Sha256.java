package io.dip.cluster;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The SHA-256 digests, in hex, by which members and clients compare jars and scenario sets. */
final class Sha256 {

    private Sha256() {
    }

    /**
     * @param bytes some bytes
     * @return their SHA-256, in hex
     */
    static String of(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /**
     * @param file a file
     * @return the SHA-256 of its content, in hex
     * @throws IOException when it cannot be read
     */
    static String of(Path file) throws IOException {
        MessageDigest digest = digest();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * @param hex a SHA-256 in hex
     * @return {@code sha256 } and its first 12 digits, for messages
     */
    static String abbreviated(String hex) {
        return "sha256 " + hex.substring(0, Math.min(12, hex.length())) + "…";
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
