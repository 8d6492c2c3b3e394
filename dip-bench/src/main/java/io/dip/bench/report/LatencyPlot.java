package io.dip.bench.report;

import io.dip.bench.audit.AuditReport;
import io.dip.bench.audit.ControllerAudit;
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
 * controller.
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
        chart.getStyler().setXAxisLogarithmic(true);
        chart.getStyler().setYAxisLogarithmic(true);
        chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
        chart.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        for (ControllerAudit c : controllers) {
            LatencyDistribution d = distribution.apply(c);
            double total = Math.max(1, d.total());
            double[] edges = d.upperNanos();
            long[] counts = d.counts();
            List<Double> x = new ArrayList<>();
            List<Double> y = new ArrayList<>();
            for (int i = 0; i < edges.length; i++) {
                if (edges[i] > 0 && counts[i] > 0) {
                    x.add(edges[i]);
                    y.add(100.0 * counts[i] / total);
                }
            }
            if (x.isEmpty()) {
                continue;
            }
            XYSeries series = chart.addSeries(c.name(), x, y);
            series.setMarker(SeriesMarkers.NONE);
        }
        return chart;
    }
}
