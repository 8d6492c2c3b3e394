package io.dip.sim.cli;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a picocli option field of type {@link java.nio.file.Path} as a file the command writes. Before a command
 * runs, {@link DipCli} checks every such option that was given, together, with {@link OutputFiles}: the format's
 * extension, a writable place, and no two outputs naming the same file. A command that writes to a path it
 * computes itself (a default name) adds it with {@link OutputFiles#with} and checks again.
 *
 * <pre>{@code
 * @OutputFile(OutputFormat.PNG)
 * @Option(names = "--plot", paramLabel = "FILE.png", description = "...")
 * private Path plot;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface OutputFile {

    /** @return the format written to the file */
    OutputFormat value();
}
