package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --animate FILE.gif} on the commands that run trajectories, with the swing-up run of the documentation:
 * 25 frames per second of simulated time, looping, under 5 MB for 20 s, one panel per run.
 */
class AnimateOptionTest {

    @TempDir
    Path temp;

    @Test
    void simulateWritesTheSwingUpAsAGifBesideThePlot() throws IOException {
        Path gif = temp.resolve("run.gif");
        Path png = temp.resolve("run.png");
        CliRun run = CliRun.of("simulate", "--controller", "swing_up_smc", "--initial-state",
                "0,3.14159,3.14159,0,0,0", "--duration", "20", "--set", "simulation.track_limit=1.0",
                "--plot", png.toString(), "--animate", gif.toString());
        assertEquals(0, run.exit(), run.toString());
        List<String> lines = run.outLines();
        assertTrue(lines.get(1).matches("status\\s+COMPLETED"), lines.get(1));
        double swingUp = Double.parseDouble(row(lines, "swing-up time (s)"));
        assertTrue(swingUp > 1 && swingUp < 10, "swing-up time " + swingUp);
        assertTrue(Integer.parseInt(row(lines, "mode switches")) >= 1);
        assertTrue(Double.parseDouble(row(lines, "final max |θ| (rad)")) < 0.05, "wrapped end angle");
        assertTrue(run.out().contains("wrote " + gif), run.out());
        assertTrue(Files.size(gif) < 5_000_000, Files.size(gif) + " bytes");
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersBySuffix("gif").next();
            reader.setInput(in);
            assertEquals(501, reader.getNumImages(true), "20 s at 25 frames/s, plus the end state");
            IIOMetadataNode root = (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode control = (IIOMetadataNode) root.getElementsByTagName("GraphicControlExtension").item(0);
            assertEquals("4", control.getAttribute("delayTime"), "4 centiseconds per frame");
            assertEquals(1, root.getElementsByTagName("ApplicationExtension").getLength(), "loops");
            BufferedImage first = reader.read(0);
            assertEquals(640, first.getWidth());
            assertEquals(0xFFFFFF, first.getRGB(2, first.getHeight() - 2) & 0xFFFFFF, "white background");
        }
    }

    @Test
    void compareAndMonteCarloAnimateTheirRuns() throws IOException {
        Path compare = temp.resolve("compare.gif");
        CliRun run = CliRun.of("compare", "--controllers", "sta_smc,classical_smc", "--duration", "1",
                "--animate", compare.toString());
        assertEquals(0, run.exit(), run.toString());
        BufferedImage panels = ImageIO.read(compare.toFile());
        assertEquals(2 * panels.getWidth() * 300 / 640, panels.getHeight(), "one panel per controller");
        Path montecarlo = temp.resolve("mc.gif");
        CliRun study = CliRun.of("montecarlo", "--controller", "sta_smc", "--runs", "3", "--duration", "0.4",
                "--animate", montecarlo.toString());
        assertEquals(0, study.exit(), study.toString());
        assertTrue(study.out().contains("wrote " + montecarlo + " (run 0)"), study.out());
        assertTrue(Files.size(montecarlo) > 0);
    }

    @Test
    void aNonGifNameIsRefusedBeforeAnyWork() {
        Path wrong = temp.resolve("run.png");
        CliRun run = CliRun.of("simulate", "--duration", "0.1", "--animate", wrong.toString());
        assertEquals(2, run.exit(), run.toString());
        assertTrue(run.err().contains("give a file name ending in .gif"), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertFalse(Files.exists(wrong));
    }

    private static String row(List<String> lines, String label) {
        for (String line : lines) {
            if (line.startsWith(label + " ")) {
                return line.substring(label.length()).strip();
            }
        }
        throw new AssertionError("no row '" + label + "' in " + lines);
    }
}
