package io.dip.sim.plot;

import io.dip.sim.metrics.Metric;
import io.dip.sim.montecarlo.MonteCarloReport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.Histogram;
import org.knowm.xchart.style.CategoryStyler;

/** Histogram PNGs of Monte Carlo measures. */
public final class HistogramPlot {

    /** Image width (px). */
    public static final int WIDTH = 900;
    /** Image height (px). */
    public static final int HEIGHT = 500;

    private HistogramPlot() {
    }

    /**
     * Plots a measure over the successful runs of a study, with ⌈√n⌉ bins (5 to 40).
     *
     * @param report the study's report
     * @param metric the measure
     * @param target the PNG file
     */
    public static void write(MonteCarloReport report, Metric metric, Path target) {
        double[] values = report.values(metric, true);
        String title = report.controller() + " — " + metric.label() + " (" + values.length + " successful of "
                + report.runs().size() + " runs)";
        write(values, defaultBins(values.length), title, metric.label(), target);
    }

    /**
     * @param values the sample (non-finite values are left out)
     * @param bins   number of bins, ≥ 1
     * @param title  image title
     * @param xLabel x-axis title
     * @param target the PNG file
     */
    public static void write(double[] values, int bins, String title, String xLabel, Path target) {
        if (bins < 1) {
            throw new IllegalArgumentException("a histogram needs at least one bin, got " + bins);
        }
        List<Double> data = new ArrayList<>(values.length);
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                data.add(v);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (data.isEmpty()) {
            throw new IllegalArgumentException("no finite value to plot in '" + title + "'");
        }
        if (min == max) {
            double pad = min == 0 ? 0.5 : Math.abs(min) * 0.01;
            min -= pad;
            max += pad;
        }
        Histogram histogram = new Histogram(data, bins, min, max);
        CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(HEIGHT).title(title).xAxisTitle(xLabel)
                .yAxisTitle("runs").build();
        CategoryStyler styler = chart.getStyler();
        styler.setLegendVisible(false);
        styler.setXAxisLabelRotation(45);
        double magnitude = Math.max(Math.abs(min), Math.abs(max));
        styler.setXAxisDecimalPattern(magnitude >= 1e-3 && magnitude < 1e5 ? "0.###" : "0.##E0");
        chart.addSeries("runs", histogram.getxAxisData(), histogram.getyAxisData());
        PngFiles.writeColumn(List.of(chart), target);
    }

    private static int defaultBins(int n) {
        return Math.max(5, Math.min(40, (int) Math.ceil(Math.sqrt(n))));
    }
}
