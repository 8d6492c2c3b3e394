package io.dip.sim.recording;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Output files written under a temporary name beside the target and moved onto it only when whole, so that a file
 * under the target name is never half-written.
 */
final class PartialFiles {

    /** Suffix of a file being written. */
    static final String SUFFIX = ".partial";

    private PartialFiles() {
    }

    /** @return {@code <target>.partial}, beside the target (absolute) */
    static Path partialOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /** Creates the parent directories of {@code file} when missing. */
    static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /** Moves the finished {@code partial} onto {@code target}, atomically where the file system allows. */
    static void commit(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
