package io.dip.sim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.reflect.Field;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The files a command is asked to write, checked together before the command does any work. The rules (also in
 * every command's {@code --help} footer):
 *
 * <ul>
 *   <li>no two outputs name the same file — compared after resolving {@code .}, {@code ..}, symbolic links and hard
 *       links;</li>
 *   <li>a file's name ends in its format's extension ({@link OutputFormat}): {@code .csv}, {@code .json},
 *       {@code .png}, {@code .md};</li>
 *   <li>an existing output is a regular file dip may write; it is replaced only when the new one is whole;</li>
 *   <li>missing parent directories are created when the file is written; the nearest existing one must be a
 *       directory in which dip can create files (checked by creating and deleting an empty probe file there, so
 *       that {@code /proc/x.png} or a read-only mount is refused even for root).</li>
 * </ul>
 *
 * <p>A failed check throws {@link IllegalArgumentException} naming the flag and the path (exit code 2); nothing is
 * left behind.
 */
public final class OutputFiles {

    /** The rules, as the help of every command with outputs states them. */
    public static final String RULES = "Output files are checked before any work: each must end in its format's "
            + "extension (.csv, .json, .png, .md), no two may name the same file (links resolved), and each must be "
            + "writable; missing parent directories are created. A bad output is refused with exit code 2 and "
            + "nothing is written. Files are written whole under a temporary name, then moved onto theirs.";

    /** Prefix of the empty file created and deleted to learn whether a directory accepts new files. */
    private static final String PROBE_PREFIX = ".dip-write-check-";

    /**
     * One output.
     *
     * @param flag   the option that names it, e.g. {@code --csv}
     * @param path   the file as given
     * @param format what is written to it
     */
    public record Output(String flag, Path path, OutputFormat format) {
    }

    private final List<Output> outputs;

    private OutputFiles(List<Output> outputs) {
        this.outputs = List.copyOf(outputs);
    }

    /**
     * @param spec a parsed command
     * @return the value of every {@link OutputFile} option of the command (its mixins included) that is set
     */
    public static OutputFiles of(CommandSpec spec) {
        List<Output> found = new ArrayList<>();
        for (OptionSpec option : spec.options()) {
            if (option.userObject() instanceof Field field && field.isAnnotationPresent(OutputFile.class)
                    && option.getValue() instanceof Path path) {
                found.add(new Output(option.longestName(), path, field.getAnnotation(OutputFile.class).value()));
            }
        }
        return new OutputFiles(found);
    }

    /**
     * @param spec a command
     * @return true when one of its options is an {@link OutputFile}
     */
    static boolean declaresOutputs(CommandSpec spec) {
        return spec.options().stream().anyMatch(option -> option.userObject() instanceof Field field
                && field.isAnnotationPresent(OutputFile.class));
    }

    /**
     * @param flag   how to name the output in messages, e.g. {@code --out (default)}
     * @param path   the file
     * @param format what is written to it
     * @return these outputs and that one
     */
    public OutputFiles with(String flag, Path path, OutputFormat format) {
        List<Output> more = new ArrayList<>(outputs);
        more.add(new Output(flag, path, format));
        return new OutputFiles(more);
    }

    /** @return the outputs, in option order */
    public List<Output> outputs() {
        return outputs;
    }

    /**
     * Checks every output: distinct files, then each one's extension, then each one's place.
     *
     * @throws IllegalArgumentException naming the flag and the path of the first bad output
     */
    public void verify() {
        List<Path> canonical = new ArrayList<>(outputs.size());
        for (Output output : outputs) {
            canonical.add(canonical(output.path()));
        }
        for (int i = 0; i < outputs.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (sameFile(canonical.get(i), canonical.get(j))) {
                    throw new IllegalArgumentException(outputs.get(j).flag() + " " + outputs.get(j).path() + " and "
                            + outputs.get(i).flag() + " " + outputs.get(i).path()
                            + " name the same file; give each output its own file");
                }
            }
        }
        for (Output output : outputs) {
            if (!output.format().accepts(output.path())) {
                throw new IllegalArgumentException(output.flag() + " " + output.path() + ": dip writes a "
                        + output.format().label() + " there; give a file name ending in "
                        + output.format().describeExtensions());
            }
        }
        for (Output output : outputs) {
            checkPlace(output);
        }
    }

    private static void checkPlace(Output output) {
        Path target = output.path().toAbsolutePath().normalize();
        String prefix = output.flag() + " " + output.path() + ": ";
        if (Files.isDirectory(target)) {
            throw new IllegalArgumentException(prefix + "is a directory; give a file name");
        }
        if (Files.exists(target)) {
            if (!Files.isRegularFile(target)) {
                throw new IllegalArgumentException(prefix + "exists and is not a regular file");
            }
            try (OutputStream ignored = Files.newOutputStream(target, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND)) {
                // opened for appending and closed: the file is writable and unchanged
            } catch (IOException e) {
                throw new IllegalArgumentException(prefix + "cannot be overwritten (" + reason(e) + ")", e);
            }
        }
        Path directory = nearestExisting(target.getParent());
        if (directory == null) {
            throw new IllegalArgumentException(prefix + "has no existing parent directory");
        }
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException(prefix + directory + " is not a directory");
        }
        try {
            Files.delete(Files.createTempFile(directory, PROBE_PREFIX, ".tmp"));
        } catch (IOException | UnsupportedOperationException e) {
            throw new IllegalArgumentException(prefix + "dip cannot create files in " + directory + " ("
                    + reason(e) + ")", e);
        }
    }

    /** @return the path with symbolic links of its existing part resolved, absolute and normalised */
    static Path canonical(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = nearestExisting(absolute);
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static boolean sameFile(Path a, Path b) {
        if (a.equals(b)) {
            return true;
        }
        try {
            return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
        } catch (IOException e) {
            return false;
        }
    }

    /** @return {@code path} or its nearest ancestor that exists, or null */
    private static Path nearestExisting(Path path) {
        Path candidate = path;
        while (candidate != null && !Files.exists(candidate)) {
            candidate = candidate.getParent();
        }
        return candidate;
    }

    private static String reason(Exception e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "the file system does not accept new files there";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
