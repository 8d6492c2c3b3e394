package io.dip.sim.plot;

import io.dip.api.StateIndex;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.recording.Trajectory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Time plots of closed-loop runs as one PNG of stacked panels sharing the time axis.
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

    private static final Panel CART = new Panel("x (m)", Trajectory.STATE + StateIndex.X);
    private static final Panel THETA1 = new Panel("θ1 (rad)", Trajectory.STATE + StateIndex.THETA1);
    private static final Panel THETA2 = new Panel("θ2 (rad)", Trajectory.STATE + StateIndex.THETA2);
    private static final Panel ANGLES = new Panel("θ (rad)", Trajectory.STATE + StateIndex.THETA1,
            Trajectory.STATE + StateIndex.THETA2);
    private static final Panel FORCE = new Panel("u (N)", Trajectory.CONTROL);
    private static final Panel FORCES = new Panel("force (N)", Trajectory.CONTROL, Trajectory.DISTURBANCE);
    private static final Panel SIGMA = new Panel("σ", Trajectory.SIGMA);

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
     * @param results runs recorded in memory, labelled with their scenario names
     * @param title   the image title
     * @param target  the PNG file
     */
    public static void writeOverlay(List<SimulationResult> results, String title, Path target) {
        List<Run> runs = new ArrayList<>(results.size());
        for (SimulationResult result : results) {
            runs.add(new Run(result.scenario().name() + " (" + result.status() + ")", trajectoryOf(result)));
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
        List<XYChart> charts = new ArrayList<>(layout.size());
        for (int p = 0; p < layout.size(); p++) {
            Panel panel = layout.get(p);
            boolean last = p == layout.size() - 1;
            XYChart chart = new XYChartBuilder().width(WIDTH).height(PANEL_HEIGHT)
                    .title(p == 0 ? title : "").xAxisTitle(last ? "t (s)" : "").yAxisTitle(panel.title()).build();
            XYStyler styler = chart.getStyler();
            styler.setChartTitleVisible(p == 0);
            styler.setLegendPosition(Styler.LegendPosition.InsideNE);
            // one legend per image: the runs keep their colours from panel to panel
            styler.setLegendVisible(runs.size() > 1 ? p == 0 : panel.columns().length > 1);
            styler.setMarkerSize(0);
            styler.setXAxisMin(0.0);
            styler.setXAxisMax(end);
            for (Run run : runs) {
                for (int column : panel.columns()) {
                    if (column == Trajectory.SIGMA && !run.trajectory().hasSigma()) {
                        continue;
                    }
                    String name = seriesName(run, column, panel, runs.size());
                    XYSeries series = chart.addSeries(name, times(run.trajectory(), column), values(run.trajectory(),
                            column));
                    series.setMarker(SeriesMarkers.NONE);
                }
            }
            charts.add(chart);
        }
        return charts;
    }

    private static String seriesName(Run run, int column, Panel panel, int runCount) {
        String columnName = Trajectory.COLUMNS.get(column);
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
