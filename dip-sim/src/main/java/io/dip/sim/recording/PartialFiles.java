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
public final class PartialFiles {

    /** Suffix of a file being written. */
    public static final String SUFFIX = ".partial";

    private PartialFiles() {
    }

    /**
     * @param target the file to produce
     * @return {@code <target>.partial}, beside the target (absolute)
     */
    public static Path partialOf(Path target) {
        Path absolute = target.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + SUFFIX);
    }

    /**
     * Creates the parent directories of {@code file} when missing.
     *
     * @param file a file to be written
     * @throws IOException when a directory cannot be created
     */
    public static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }

    /**
     * Moves the finished {@code partial} onto {@code target}, atomically where the file system allows.
     *
     * @param partial the whole file under its temporary name
     * @param target  its final name
     * @throws IOException when the move fails
     */
    public static void commit(Path partial, Path target) throws IOException {
        try {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
