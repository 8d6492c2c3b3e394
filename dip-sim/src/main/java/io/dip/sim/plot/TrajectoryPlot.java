package io.dip.sim.plot;

import io.dip.api.StateIndex;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.engine.StopStatus;
import io.dip.sim.recording.Trajectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Time plots of closed-loop runs as one PNG of stacked panels sharing one time axis: the same range (0 to a round
 * value past the end) and round ticks on every panel, plot areas aligned; a unit on every axis; legends below the
 * plots.
 *
 * <ul>
 *   <li>{@link #writeRun}: one run — cart position x (m); θ1 and θ2 (rad); the actuator's force u (N), with the
 *       disturbance force d (N) beside it when the run had one; σ.</li>
 *   <li>{@link #writeOverlay}: several runs, one series per run — x; θ1; θ2; u; σ.</li>
 * </ul>
 *
 * <p>The σ panel is left out when no run has a σ (a controller without a sliding variable), and a run without σ
 * draws no σ series.
 *
 * <p>State panels include the end state; u and σ stop at the last step. Series longer than {@link #MAX_POINTS} are
 * thinned to every n-th row.
 */
public final class TrajectoryPlot {

    /** Most points drawn per series. */
    public static final int MAX_POINTS = 5000;
    /** Image width (px). */
    public static final int WIDTH = 1000;
    /** Height of one panel (px). */
    public static final int PANEL_HEIGHT = 240;

    /**
     * The unit of σ = S·x: with the surface scaled so that β0 = Sv·M(0)⁻¹·e1 = 1 (the default surface and every
     * LQR-designed one), σ̇ = β·u + … gives σ the unit of force × time (docs/measures.md).
     */
    public static final String SIGMA_LABEL = "σ (N·s at β0 = 1)";

    private static final Panel CART = new Panel("x (m)", Trajectory.STATE + StateIndex.X);
    private static final Panel THETA1 = new Panel("θ1 (rad)", Trajectory.STATE + StateIndex.THETA1);
    private static final Panel THETA2 = new Panel("θ2 (rad)", Trajectory.STATE + StateIndex.THETA2);
    private static final Panel ANGLES = new Panel("θ (rad)", Trajectory.STATE + StateIndex.THETA1,
            Trajectory.STATE + StateIndex.THETA2);
    private static final Panel FORCE = new Panel("u (N)", Trajectory.CONTROL);
    private static final Panel FORCES = new Panel("force (N)", Trajectory.CONTROL, Trajectory.DISTURBANCE);
    private static final Panel SIGMA = new Panel(SIGMA_LABEL, Trajectory.SIGMA);
    /** Most runs whose legend entries go side by side; more are listed one under the other. */
    private static final int LEGEND_ROW = 4;

    /** Height added to the last panel for the time axis title (px). */
    private static final int AXIS_TITLE_HEIGHT = 20;
    /** Marker size of a series of one point (px). */
    private static final int SINGLE_POINT_MARKER = 8;
    /** Height of one legend line and the legend's margins (px). */
    private static final int LEGEND_LINE = 18;
    private static final int LEGEND_MARGIN = 24;
    private static final Map<Integer, String> LEGEND_NAMES = Map.of(
            Trajectory.STATE + StateIndex.THETA1, "θ1", Trajectory.STATE + StateIndex.THETA2, "θ2");

    /** One run of an overlay: a label and its trajectory. */
    public record Run(String label, Trajectory trajectory) {
    }

    /** A panel: its y-axis title and the trajectory columns it draws. */
    private record Panel(String title, int... columns) {
    }

    private TrajectoryPlot() {
    }

    /**
     * @param result a run recorded in memory
     * @param target the PNG file, titled "controller — status"
     */
    public static void writeRun(SimulationResult result, Path target) {
        writeRun(trajectoryOf(result), result.scenario().controller().provider().name() + " — "
                + result.status(), target);
    }

    /**
     * @param trajectory the run
     * @param title      the image title
     * @param target     the PNG file
     */
    public static void writeRun(Trajectory trajectory, String title, Path target) {
        List<Run> runs = List.of(new Run(null, trajectory));
        Panel force = trajectory.hasDisturbance() ? FORCES : FORCE;
        PngFiles.writeColumn(panels(title, runs, withSigma(runs, CART, ANGLES, force)), target);
    }

    /**
     * @param results runs recorded in memory, labelled with their scenario names and statuses (a run that could not
     *                start is left out)
     * @param title   the image title
     * @param target  the PNG file
     */
    public static void writeOverlay(List<SimulationResult> results, String title, Path target) {
        List<Run> runs = new ArrayList<>(results.size());
        for (SimulationResult result : results) {
            // a run whose controller could not even be created (ERROR before its first step) has nothing to draw
            if (!(result.status() == StopStatus.ERROR && result.steps() == 0
                    && !(result.recording() instanceof Trajectory))) {
                runs.add(new Run(result.scenario().name() + " (" + result.status() + ")", trajectoryOf(result)));
            }
        }
        if (runs.isEmpty()) {
            throw new IllegalStateException("no run has a trajectory to plot to " + target);
        }
        writeOverlayOf(runs, title, target);
    }

    /**
     * @param runs   labelled trajectories
     * @param title  the image title
     * @param target the PNG file
     */
    public static void writeOverlayOf(List<Run> runs, String title, Path target) {
        if (runs.isEmpty()) {
            throw new IllegalArgumentException("an overlay plot needs at least one run");
        }
        PngFiles.writeColumn(panels(title, runs, withSigma(runs, CART, THETA1, THETA2, FORCE)), target);
    }

    private static List<Panel> withSigma(List<Run> runs, Panel... first) {
        List<Panel> layout = new ArrayList<>(List.of(first));
        if (runs.stream().anyMatch(run -> run.trajectory().hasSigma())) {
            layout.add(SIGMA);
        }
        return layout;
    }

    private static Trajectory trajectoryOf(SimulationResult result) {
        if (result.recording() instanceof Trajectory trajectory) {
            return trajectory;
        }
        throw new IllegalArgumentException("run '" + result.scenario().name() + "' was not recorded in memory ("
                + result.recording().getClass().getSimpleName() + "): plotting needs a MemoryRecorder");
    }

    private static List<XYChart> panels(String title, List<Run> runs, List<Panel> layout) {
        double end = 0;
        for (Run run : runs) {
            end = Math.max(end, run.trajectory().finalTime());
        }
        double axisEnd = Axes.timeAxisEnd(end);
        List<XYChart> charts = new ArrayList<>(layout.size());
        for (int p = 0; p < layout.size(); p++) {
            Panel panel = layout.get(p);
            boolean last = p == layout.size() - 1;
            // legends go below the plot, never over the data: the runs' once under the last panel (they keep their
            // colours from panel to panel), the two angles' under their panel
            boolean legend = runs.size() > 1 ? last : panel.columns().length > 1;
            int entries = runs.size() * panel.columns().length;
            int height = PANEL_HEIGHT + (last ? AXIS_TITLE_HEIGHT : 0) + (legend ? legendHeight(entries) : 0);
            XYChart chart = new XYChartBuilder().width(WIDTH).height(height)
                    .title(p == 0 ? title : "").xAxisTitle(last ? "t (s)" : "").yAxisTitle(panel.title()).build();
            XYStyler styler = chart.getStyler();
            Axes.style(styler);
            styler.setChartTitleVisible(p == 0);
            styler.setXAxisTitleVisible(last);
            styler.setLegendVisible(legend);
            styler.setLegendPosition(Styler.LegendPosition.OutsideS);
            styler.setLegendLayout(entries > LEGEND_ROW ? Styler.LegendLayout.Vertical
                    : Styler.LegendLayout.Horizontal);
            double magnitude = 0;
            for (Run run : runs) {
                for (int column : panel.columns()) {
                    if (column == Trajectory.SIGMA && !run.trajectory().hasSigma()) {
                        continue;
                    }
                    String name = seriesName(run, column, panel, runs.size());
                    double[] values = values(run.trajectory(), column);
                    XYSeries series = chart.addSeries(name, times(run.trajectory(), column), values);
                    // a run that stopped at its first step has one point: a marker shows it
                    boolean single = run.trajectory().size() < 2;
                    series.setMarker(single ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
                    if (single) {
                        styler.setMarkerSize(SINGLE_POINT_MARKER);
                    }
                    for (double v : values) {
                        if (Double.isFinite(v)) {
                            magnitude = Math.max(magnitude, Math.abs(v));
                        }
                    }
                }
            }
            Axes.roundXAxis(chart, 0.0, axisEnd);
            Axes.yPattern(styler, magnitude);
            charts.add(chart);
        }
        return charts;
    }

    /** @return the height a legend of {@code entries} lines takes below a plot (px) */
    private static int legendHeight(int entries) {
        return entries > LEGEND_ROW ? LEGEND_MARGIN + LEGEND_LINE * entries : LEGEND_MARGIN + LEGEND_LINE;
    }

    private static String seriesName(Run run, int column, Panel panel, int runCount) {
        String columnName = LEGEND_NAMES.getOrDefault(column, Trajectory.COLUMNS.get(column));
        if (runCount == 1) {
            return columnName;
        }
        return panel.columns().length == 1 ? run.label() : run.label() + " " + columnName;
    }

    private static boolean isState(int column) {
        return column >= Trajectory.STATE && column < Trajectory.STATE + StateIndex.DIMENSION;
    }

    private static double[] times(Trajectory t, int column) {
        return sample(t, column, true);
    }

    private static double[] values(Trajectory t, int column) {
        return sample(t, column, false);
    }

    /** Every stride-th row (stride chosen to keep ≤ MAX_POINTS), plus the end state for state columns. */
    private static double[] sample(Trajectory t, int column, boolean time) {
        int rows = t.size();
        int stride = Math.max(1, (rows + MAX_POINTS - 1) / MAX_POINTS);
        boolean withEnd = isState(column) || rows == 0;
        int kept = (rows + stride - 1) / stride;
        double[] out = new double[kept + (withEnd ? 1 : 0)];
        for (int i = 0; i < kept; i++) {
            out[i] = time ? t.time(i * stride) : t.value(i * stride, column);
        }
        if (withEnd) {
            out[kept] = time ? t.finalTime()
                    : isState(column) ? t.finalState()[column - Trajectory.STATE] : Double.NaN;
        }
        return out;
    }
}
