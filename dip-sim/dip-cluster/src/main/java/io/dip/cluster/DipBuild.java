package io.dip.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;

/**
 * The dip build a process runs: the SHA-256 of the jar that holds dip's classes, so that a study runs only on
 * members of the same build (another build may compute other numbers, and the results would not be the local
 * ones). A process that runs from class directories (a development build, the tests) is identified by
 * {@link #CLASS_DIRECTORIES}: members of such processes are only compared with each other.
 */
final class DipBuild {

    /** The build of a process that runs dip from class directories rather than a jar. */
    static final String CLASS_DIRECTORIES = "class-directories";

    private static final String FINGERPRINT = compute();

    private DipBuild() {
    }

    /** @return the SHA-256 (hex) of the dip jar this process runs, or {@link #CLASS_DIRECTORIES} */
    static String fingerprint() {
        return FINGERPRINT;
    }

    /**
     * @param fingerprint a build fingerprint
     * @return it shortened for messages
     */
    static String describe(String fingerprint) {
        return fingerprint.equals(CLASS_DIRECTORIES) ? fingerprint : Sha256.abbreviated(fingerprint);
    }

    private static String compute() {
        CodeSource source = DipBuild.class.getProtectionDomain().getCodeSource();
        Path location;
        try {
            location = source == null ? null : Path.of(source.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot locate the dip classes: " + e.getMessage(), e);
        }
        if (location == null || !Files.isRegularFile(location)) {
            return CLASS_DIRECTORIES;
        }
        try {
            return Sha256.of(location);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the dip jar " + location + ": " + e.getMessage(), e);
        }
    }
}
