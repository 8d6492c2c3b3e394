package io.dip.sim.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

class JsonFilesTest {

    private static Trajectory twoSteps(double sigma) {
        MemoryRecorder recorder = new MemoryRecorder();
        recorder.begin(2);
        recorder.record(0.0, new double[6], 4.0, -50.0, sigma);
        recorder.record(0.5, new double[6], 5.0, 0.0, sigma);
        return recorder.finish(1.0, new double[6], true);
    }

    @Test
    void samplesCarryTheDisturbanceBesideTheActuatorForce() {
        ArrayNode samples = JsonFiles.samples(twoSteps(0.25));
        assertEquals(3, samples.size());
        assertEquals(4.0, samples.get(0).get("u").asDouble());
        assertEquals(-50.0, samples.get(0).get("d").asDouble());
        assertEquals(0.25, samples.get(1).get("sigma").asDouble());
        JsonNode end = samples.get(2);
        assertTrue(end.get("u").isNull() && end.get("d").isNull() && end.get("sigma").isNull(), end.toString());
    }

    @Test
    void aControllerWithoutSigmaGivesNullNotZeroOrNaN() {
        ArrayNode samples = JsonFiles.samples(twoSteps(Recorder.NO_SIGMA));
        for (JsonNode sample : samples) {
            assertTrue(sample.get("sigma").isNull(), sample.toString());
        }
        assertTrue(!samples.toString().contains("NaN"), samples.toString());
    }
}
