package io.dip.sim.plot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.metrics.Metric;
import io.dip.sim.montecarlo.StreamingHistogram;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.ParameterUncertainty;
import io.dip.sim.recording.MemoryRecorder;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.recording.PartialFiles;
import io.dip.sim.testing.Plugins;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlotTest {

    @TempDir
    Path tmp;

    @BeforeAll
    static void headless() {
        System.setProperty("java.awt.headless", "true");
    }

    /** Reads the PNG back and checks its size and that it holds a drawing, not a blank canvas. */
    private static void assertDrawn(Path png, int width, int height) throws IOException {
        assertTrue(Files.isRegularFile(png), png + " exists");
        assertFalse(Files.exists(PartialFiles.partialOf(png)), "no partial file left");
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, png + " is a PNG");
        assertEquals(width, image.getWidth());
        assertTrue(image.getHeight() >= height, "height " + image.getHeight() + " of at least " + height);
        Set<Integer> colours = new HashSet<>();
        long inked = 0;
        int background = image.getRGB(0, 0);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                inked += rgb != background ? 1 : 0;
            }
        }
        assertTrue(colours.size() > 20, "colours in " + png + ": " + colours.size());
        assertTrue(inked > image.getWidth() * image.getHeight() / 20, "drawn pixels in " + png + ": " + inked);
    }

    @Test
    void aRunPlotStacksPositionAnglesForceAndSigma() throws IOException {
        SimulationResult result = SimulationEngine.run(
                Plugins.fullRk4("classical_smc").duration(5).dt(1e-3).build(), new MemoryRecorder());
        Path png = tmp.resolve("plots/run.png");
        TrajectoryPlot.writeRun(result, png);
        assertDrawn(png, TrajectoryPlot.WIDTH, 4 * TrajectoryPlot.PANEL_HEIGHT);
        copyForInspection(png);
    }

    @Test
    void anOverlayComparesSeveralRuns() throws IOException {
        List<Scenario> scenarios = new ArrayList<>();
        for (String controller : Plugins.CONTROLLERS) {
            scenarios.add(Plugins.fullRk4(controller).duration(5).dt(1e-3).build());
        }
        List<SimulationResult> results = new BatchRunner(2).run(scenarios, i -> new MemoryRecorder(),
                new Cancellation());
        Path png = tmp.resolve("overlay.png");
        TrajectoryPlot.writeOverlay(results, results.size() + " controllers from [0, 0.1, -0.05, 0, 0, 0]", png);
        assertDrawn(png, TrajectoryPlot.WIDTH, 5 * TrajectoryPlot.PANEL_HEIGHT);
        copyForInspection(png);
    }

    @Test
    void aMonteCarloHistogram() throws IOException {
        Scenario base = Plugins.fullRk4("classical_smc").duration(3).dt(0.01).build();
        MonteCarloReport report = new MonteCarloStudy(base, 40, 1, ParameterUncertainty.DEFAULTS,
                new double[] {0.1, 0.05, 0.05, 0, 0, 0}, false).run(new BatchRunner(2), new Cancellation());
        Path png = tmp.resolve("histogram.png");
        HistogramPlot.write(report, Metric.ISE, png);
        assertDrawn(png, HistogramPlot.WIDTH, HistogramPlot.HEIGHT);
        copyForInspection(png);
    }

    @Test
    void plottingNeedsAnInMemoryTrajectory() {
        SimulationResult unrecorded = SimulationEngine.run(Plugins.fullRk4("classical_smc").duration(0.1).dt(1e-3)
                .build(), NullRecorder.INSTANCE);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrajectoryPlot.writeRun(unrecorded, tmp.resolve("x.png")));
        assertTrue(e.getMessage().contains("MemoryRecorder"), e.getMessage());
        StreamingHistogram empty = new StreamingHistogram();
        empty.add(Double.NaN);
        assertThrows(IllegalArgumentException.class, () -> HistogramPlot.write(empty.bins(5), "t", "x",
                tmp.resolve("h.png")));
    }

    /** Leaves a copy under target/ when {@code dip.plot.keep} names a directory (for looking at the images). */
    private static void copyForInspection(Path png) throws IOException {
        String keep = System.getProperty("dip.plot.keep");
        if (keep != null) {
            Path dir = Path.of(keep);
            Files.createDirectories(dir);
            Files.copy(png, dir.resolve(png.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
