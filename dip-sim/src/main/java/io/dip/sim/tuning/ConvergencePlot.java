package io.dip.sim.tuning;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.lines.SeriesLines;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** The convergence plot of a tuning run: best cost J against iteration, written as a PNG with XChart. */
public final class ConvergencePlot {

    /** Width of the image (pixels). */
    static final int WIDTH = 800;
    /** Height of the image (pixels). */
    static final int HEIGHT = 500;

    private ConvergencePlot() {
    }

    /**
     * Builds the chart: one line of the best cost per iteration, and a dashed line at the default gains' cost
     * when it is finite. The cost axis is logarithmic when every plotted cost is positive and they span more than
     * a decade.
     *
     * @param title       chart title, e.g. {@code sta_smc — pso, seed 1}
     * @param result      the run
     * @param defaultCost the cost of the default gains on the same scenarios (NaN to leave it out)
     * @return the chart
     */
    public static XYChart chart(String title, OptimizationResult result, double defaultCost) {
        double[] history = result.costHistory();
        if (history.length == 0) {
            throw new IllegalArgumentException("a convergence plot needs at least one iteration");
        }
        double[] iterations = new double[history.length];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < history.length; i++) {
            iterations[i] = i + 1;
            min = Math.min(min, history[i]);
            max = Math.max(max, history[i]);
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("iteration").yAxisTitle("best cost J").build();
        chart.getStyler().setLegendVisible(true);
        XYSeries best = chart.addSeries("best cost (" + result.optimizer() + ")", iterations, history);
        best.setMarker(SeriesMarkers.NONE);
        if (Double.isFinite(defaultCost)) {
            XYSeries defaults = chart.addSeries("default gains", new double[] {1, Math.max(2, history.length)},
                    new double[] {defaultCost, defaultCost});
            defaults.setMarker(SeriesMarkers.NONE);
            defaults.setLineStyle(SeriesLines.DASH_DASH);
            min = Math.min(min, defaultCost);
            max = Math.max(max, defaultCost);
        }
        chart.getStyler().setYAxisLogarithmic(min > 0 && Double.isFinite(max) && max > 10 * min);
        return chart;
    }

    /**
     * Writes the chart of {@link #chart} as a PNG.
     *
     * @param file        the target ({@code .png} is added when missing)
     * @param title       chart title
     * @param result      the run
     * @param defaultCost the default gains' cost, or NaN
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(Path file, String title, OptimizationResult result, double defaultCost) {
        XYChart chart = chart(title, result, defaultCost);
        try {
            Path absolute = file.toAbsolutePath();
            Files.createDirectories(absolute.getParent());
            BitmapEncoder.saveBitmap(chart, absolute.toString(), BitmapEncoder.BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write convergence plot " + file + ": " + e.getMessage(), e);
        }
    }
}
