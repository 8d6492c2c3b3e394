package io.dip.sim.plot;

import io.dip.sim.recording.PartialFiles;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes charts as one PNG, whole or not at all. Stacked charts are aligned: each is drawn narrower by the
 * difference between its y-axis area (title and tick labels) and the widest one's, and shifted right by as much,
 * so that every panel's plot area starts and ends at the same pixel columns and a shared x axis lines up.
 */
public final class PngFiles {

    private PngFiles() {
    }

    /**
     * Writes one chart.
     *
     * @param chart  the chart
     * @param target the PNG file
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(Chart<?, ?> chart, Path target) {
        writeColumn(List.of(chart), target);
    }

    /**
     * Writes the charts stacked in one column, their plot areas aligned.
     *
     * @param charts the charts, top first (same size)
     * @param target the PNG file
     */
    static <T extends Chart<?, ?>> void writeColumn(List<T> charts, Path target) {
        BufferedImage image = column(charts);
        Path partial = PartialFiles.partialOf(target);
        try {
            PartialFiles.createParent(partial);
            try (OutputStream out = Files.newOutputStream(partial)) {
                ImageIO.write(image, "png", out);
            }
            PartialFiles.commit(partial, target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.toAbsolutePath(), e);
        }
    }

    /** @return the charts drawn one under the other, plot areas aligned */
    static <T extends Chart<?, ?>> BufferedImage column(List<T> charts) {
        int width = charts.get(0).getWidth();
        int height = 0;
        double[] axisWidth = new double[charts.size()];
        double widest = 0;
        for (int i = 0; i < charts.size(); i++) {
            T chart = charts.get(i);
            // a first drawing lays the chart out and measures its y-axis area
            BufferedImage scratch = new BufferedImage(width, chart.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = scratch.createGraphics();
            chart.paint(g, width, chart.getHeight());
            g.dispose();
            axisWidth[i] = chart.getYAxisLeftWidth();
            widest = Math.max(widest, axisWidth[i]);
            height += chart.getHeight();
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int top = 0;
        for (int i = 0; i < charts.size(); i++) {
            T chart = charts.get(i);
            int shift = (int) Math.round(widest - axisWidth[i]);
            Graphics2D panel = (Graphics2D) g.create(shift, top, width - shift, chart.getHeight());
            chart.paint(panel, width - shift, chart.getHeight());
            panel.dispose();
            top += chart.getHeight();
        }
        g.dispose();
        return image;
    }
}
