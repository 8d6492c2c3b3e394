package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.knowm.xchart.XYChart;

class ConvergencePlotTest {

    @TempDir
    Path dir;

    private static OptimizationResult withHistory(double... history) {
        return new OptimizationResult("pso", new double[] {1}, history[history.length - 1], history,
                history.length * 10L, history.length, 1, new SearchBounds(new double[] {0}, new double[] {2}),
                Map.of(), Duration.ofSeconds(1), Termination.BUDGET_EXHAUSTED);
    }

    @Test
    void writesAPngOfTheConfiguredSize() throws IOException {
        Path file = dir.resolve("plots/convergence.png");
        ConvergencePlot.write(file, "sta_smc — pso, seed 1", withHistory(5, 3, 2, 1.5, 1.5), 4.0);
        BufferedImage image = ImageIO.read(file.toFile());
        assertNotNull(image, "a PNG image");
        assertEquals(ConvergencePlot.WIDTH, image.getWidth());
        assertEquals(ConvergencePlot.HEIGHT, image.getHeight());
    }

    @Test
    void plotsTheHistoryAndTheDefaultCost() {
        XYChart chart = ConvergencePlot.chart("t", withHistory(500, 3, 2), 40);
        assertEquals(2, shown(chart));
        double[] y = chart.getSeriesMap().values().iterator().next().getYData();
        assertEquals(3, y.length);
        assertEquals(500, y[0], 0.0);
        assertTrue(chart.getStyler().isYAxisLogarithmic(), "costs spanning more than a decade use a log axis");
        assertEquals(1.0, chart.getStyler().getYAxisMin(), 0.0, "from the decade below 2");
        assertEquals(1000.0, chart.getStyler().getYAxisMax(), 0.0, "to the decade above 500");
        XYChart flat = ConvergencePlot.chart("t", withHistory(3, 2.5, 2), Double.NaN);
        assertEquals(1, shown(flat), "no default line for a NaN default cost");
        assertFalse(flat.getStyler().isYAxisLogarithmic());
    }

    private static long shown(XYChart chart) {
        return chart.getSeriesMap().values().stream().filter(s -> s.isShowInLegend()).count();
    }
}
