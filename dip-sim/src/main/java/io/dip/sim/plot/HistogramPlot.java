package io.dip.sim.plot;

import io.dip.sim.metrics.Metric;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.StreamingHistogram;
import java.awt.Color;
import java.nio.file.Path;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Histogram PNGs of Monte Carlo measures: bars over a numeric axis of the measure (with its unit), the number of
 * runs per bar on the other, the runs counted in the title.
 */
public final class HistogramPlot {

    /** Image width (px). */
    public static final int WIDTH = 900;
    /** Image height (px). */
    public static final int HEIGHT = 500;

    private static final Color BARS = new Color(70, 110, 170);

    private HistogramPlot() {
    }

    /**
     * Plots a measure over the successful runs of a study (the settling time over the settled ones), with about
     * ⌈√n⌉ bins (5 to 40).
     *
     * @param report the study's report
     * @param metric the measure
     * @param target the PNG file
     */
    public static void write(MonteCarloReport report, Metric metric, Path target) {
        StreamingHistogram histogram = report.histogram(metric);
        String over = metric == Metric.SETTLING_TIME ? " settled" : " successful";
        String title = report.controller() + " — " + metric.label() + " (" + histogram.count() + over + " of "
                + report.runsDone() + " runs)";
        write(histogram.bins(defaultBins(histogram.count())), title, metric.label(), target);
    }

    /**
     * @param bins   the bars
     * @param title  image title
     * @param xLabel x-axis title, with its unit
     * @param target the PNG file
     */
    public static void write(StreamingHistogram.Bins bins, String title, String xLabel, Path target) {
        double[] edges = bins.edges();
        long[] counts = bins.counts();
        if (counts.length == 0) {
            throw new IllegalArgumentException("no value to plot in '" + title + "'");
        }
        // the outline of the bars: up the left edge, across the top, down to the next bar
        double[] x = new double[2 * counts.length + 2];
        double[] y = new double[x.length];
        long highest = 0;
        for (int b = 0; b < counts.length; b++) {
            x[2 * b] = edges[b];
            x[2 * b + 1] = edges[b];
            y[2 * b] = b == 0 ? 0 : counts[b - 1];
            y[2 * b + 1] = counts[b];
            highest = Math.max(highest, counts[b]);
        }
        x[x.length - 2] = edges[counts.length];
        x[x.length - 1] = edges[counts.length];
        y[y.length - 2] = counts[counts.length - 1];
        y[y.length - 1] = 0;
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle("runs").build();
        XYStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Area);
        double countStep = Axes.niceCeiling(highest / 5.0);
        styler.setYAxisMin(0.0);
        styler.setYAxisMax(Math.ceil(highest * 1.05 / countStep) * countStep);
        styler.setYAxisDecimalPattern("0");
        Axes.style(styler);
        XYSeries series = chart.addSeries("runs", x, y);
        series.setMarker(SeriesMarkers.NONE);
        series.setFillColor(BARS);
        series.setLineColor(BARS.darker());
        double low = edges[0];
        double high = edges[counts.length];
        double step = Axes.niceCeiling((high - low) / 10);
        Axes.roundXAxis(chart, Math.floor(low / step) * step, Math.ceil(high / step) * step);
        PngFiles.writeColumn(List.of(chart), target);
    }

    private static int defaultBins(long n) {
        return (int) Math.max(5, Math.min(40, Math.ceil(Math.sqrt(n))));
    }
}
