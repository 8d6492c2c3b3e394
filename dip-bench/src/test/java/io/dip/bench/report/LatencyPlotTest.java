package io.dip.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LatencyPlotTest {

    @Test
    void drawsTwoPanelsSideBySide(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("plots/latency.png");
        LatencyPlot.write(SampleReports.report(), file);

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(1600, image.getWidth());
        assertEquals(500, image.getHeight());
    }
}
