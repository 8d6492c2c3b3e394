package io.dip.sim.plot;

import io.dip.sim.recording.PartialFiles;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/** Writes charts as one PNG, whole or not at all. */
final class PngFiles {

    private PngFiles() {
    }

    /**
     * Writes the charts stacked in one column.
     *
     * @param charts the charts, top first (same size)
     * @param target the PNG file
     */
    static <T extends Chart<?, ?>> void writeColumn(List<T> charts, Path target) {
        Path partial = PartialFiles.partialOf(target);
        try {
            PartialFiles.createParent(partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                BitmapEncoder.saveBitmap(charts, charts.size(), 1, out, BitmapEncoder.BitmapFormat.PNG);
            }
            PartialFiles.commit(partial, target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.toAbsolutePath(), e);
        }
    }
}
