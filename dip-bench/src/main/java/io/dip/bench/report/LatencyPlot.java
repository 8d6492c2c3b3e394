package io.dip.bench.report;

import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.ControllerAudit;
import io.dip.sim.plot.Axes;
import io.dip.sim.realtime.LatencyDistribution;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws the latency histograms of an audit as one PNG with two panels: {@code computeControl} and the
 * closed-loop step. x: latency (ns, logarithmic buckets each 1.25× wider); y: share of calls in the bucket (%,
 * logarithmic, so that the rare slow calls of the tail stay visible; empty buckets are left out); one line per
 * controller. Both axes span whole decades, each labelled; the legend sits below the plot.
 */
public final class LatencyPlot {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 500;

    private LatencyPlot() {
    }

    /**
     * @param report the audit
     * @param file   the PNG to write (parent directories are created)
     * @throws IOException when the file cannot be written
     */
    public static void write(AuditReport report, Path file) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        List<XYChart> charts = List.of(
                chart("computeControl latency", report.controllers(), c -> c.control().distribution()),
                chart("closed-loop step latency", report.controllers(), c -> c.step().distribution()));
        BitmapEncoder.saveBitmap(charts, 1, 2, file.toString(), BitmapEncoder.BitmapFormat.PNG);
    }

    private static XYChart chart(String title, List<ControllerAudit> controllers,
                                 Function<ControllerAudit, LatencyDistribution> distribution) {
        XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("latency (ns)").yAxisTitle("calls (%)").build();
        Axes.style(chart.getStyler());
        chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideS);
        chart.getStyler().setLegendLayout(Styler.LegendLayout.Horizontal);
        double minX = Double.POSITIVE_INFINITY;
        double maxX = 0;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = 0;
        for (ControllerAudit c : controllers) {
            LatencyDistribution d = distribution.apply(c);
            double total = Math.max(1, d.total());
            double[] edges = d.upperNanos();
            long[] counts = d.counts();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < edges.length; i++) {
                if (edges[i] > 0 && counts[i] > 0) {
                    double share = 100.0 * counts[i] / total;
                    x.add(edges[i]);
                    y.add(share);
                    minX = Math.min(minX, edges[i]);
                    maxX = Math.max(maxX, edges[i]);
                    minY = Math.min(minY, share);
                    maxY = Math.max(maxY, share);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(c.name(), x, y);
            series.setMarker(SeriesMarkers.NONE);
        }
        if (maxX > 0) {
            // whole decades on both axes, so that every decade is labelled
            Axes.logXAxis(chart.getStyler(), minX, maxX);
            Axes.logYAxis(chart.getStyler(), minY, maxY);
        }
        return chart;
    }
}
