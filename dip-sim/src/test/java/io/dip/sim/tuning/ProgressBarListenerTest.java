package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressBarListenerTest {

    @Test
    void showsTheIterationAndTheBestCost() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        try (ProgressBarListener bar = new ProgressBarListener("tune sta_smc", 50, out)) {
            bar.onIteration(7, 50, 0.0123456, 280);
            assertEquals(7, bar.current());
            assertEquals("best J 0.0123456, 280 evals", bar.extraMessage());
        }
        String drawn = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(drawn.contains("tune sta_smc"), drawn);
        assertTrue(drawn.contains("7/50"), drawn);
        assertTrue(drawn.contains("best J 0.0123456"), drawn);
    }
}
