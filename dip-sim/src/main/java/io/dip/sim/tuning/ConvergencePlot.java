package io.dip.sim.tuning;

import io.dip.sim.plot.Axes;
import io.dip.sim.plot.PngFiles;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
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
     * when it is finite; the legend below the plot. The cost axis is logarithmic, over whole decades, when every
     * plotted cost is positive and they span more than a decade.
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
            if (Double.isFinite(history[i])) {
                min = Math.min(min, history[i]);
                max = Math.max(max, history[i]);
            }
        }
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("iteration").yAxisTitle("best cost J (dimensionless)").build();
        XYStyler styler = chart.getStyler();
        Axes.style(styler);
        styler.setLegendVisible(true);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        double last = Math.max(2, history.length);
        XYSeries best = chart.addSeries("best cost (" + result.optimizer() + ")", iterations, history);
        best.setMarker(SeriesMarkers.NONE);
        if (Double.isFinite(defaultCost)) {
            XYSeries defaults = chart.addSeries("default gains", new double[] {1, last},
                    new double[] {defaultCost, defaultCost});
            defaults.setMarker(SeriesMarkers.NONE);
            defaults.setLineStyle(SeriesLines.DASH_DASH);
            min = Math.min(min, defaultCost);
            max = Math.max(max, defaultCost);
        }
        if (min > 0 && Double.isFinite(max) && max > 10 * min) {
            Axes.logYAxis(styler, min, max);
        } else if (Double.isFinite(max)) {
            Axes.yPattern(styler, Math.max(Math.abs(min), Math.abs(max)));
        }
        double step = Axes.niceCeiling(last / 10);
        Axes.roundXAxis(chart, 0, Math.ceil(last / step) * step);
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
        Path target = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png") ? file
                : file.resolveSibling(file.getFileName() + ".png");
        PngFiles.write(chart(title, result, defaultCost), target);
    }
}
