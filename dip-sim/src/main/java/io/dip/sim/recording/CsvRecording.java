package io.dip.sim.recording;

import java.nio.file.Path;

/**
 * A run streamed to a CSV file by {@link CsvRecorder}.
 *
 * @param path     the file: the target when complete, else the {@code .partial} file left beside it
 * @param rows     step rows written (the end-state row not counted)
 * @param complete true when the run ended normally and the file was moved to its target name
 */
public record CsvRecording(Path path, long rows, boolean complete) implements Recording {
}
