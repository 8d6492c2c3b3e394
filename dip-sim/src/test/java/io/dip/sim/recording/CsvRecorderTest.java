package io.dip.sim.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.measure.AllocationAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvRecorderTest {

    @TempDir
    Path tmp;

    @Test
    void writesHeaderRowsAndAnEndRowWithEmptyControlDisturbanceAndSigma() throws IOException {
        Path target = tmp.resolve("sub/run.csv");
        CsvRecorder recorder = new CsvRecorder(target, 2);
        recorder.begin(5);
        double[] x = {0.1, -0.2, 3e-9, 1.5, 0, -7.25};
        for (int k = 0; k < 5; k++) {
            recorder.record(k * 0.01, x, -150.0 + k, 50.0 * (k % 2), 0.5 * k);
            x[0] += 1;
        }
        assertTrue(Files.exists(recorder.partialFile()), "rows go to the partial file while running");
        assertFalse(Files.exists(target));
        CsvRecording recording = recorder.finish(0.05, x, true);
        assertEquals(target.toAbsolutePath(), recording.path());
        assertEquals(3, recording.rows());
        assertTrue(recording.complete());
        assertFalse(Files.exists(recorder.partialFile()));
        List<String> lines = Files.readAllLines(target);
        assertEquals(List.of(
                "t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,d,sigma",
                "0.0,0.1,-0.2,3.0E-9,1.5,0.0,-7.25,-150.0,0.0,0.0",
                "0.02,2.1,-0.2,3.0E-9,1.5,0.0,-7.25,-148.0,0.0,1.0",
                "0.04,4.1,-0.2,3.0E-9,1.5,0.0,-7.25,-146.0,0.0,2.0",
                "0.05,5.1,-0.2,3.0E-9,1.5,0.0,-7.25,,,"), lines);
    }

    @Test
    void aRunWithoutSigmaLeavesTheSigmaCellEmpty() throws IOException {
        Path target = tmp.resolve("nosigma.csv");
        CsvRecorder recorder = new CsvRecorder(target, 1);
        recorder.begin(1);
        recorder.record(0.0, new double[6], 2.5, -50.0, Recorder.NO_SIGMA);
        recorder.finish(0.001, new double[6], true);
        assertEquals(List.of("t,x,theta1,theta2,x_dot,theta1_dot,theta2_dot,u,d,sigma",
                "0.0,0.0,0.0,0.0,0.0,0.0,0.0,2.5,-50.0,",
                "0.001,0.0,0.0,0.0,0.0,0.0,0.0,,,"), Files.readAllLines(target));
    }

    @Test
    void anIncompleteRunLeavesOnlyThePartialFile() throws IOException {
        Path target = tmp.resolve("cut.csv");
        Files.writeString(target, "an older complete run\n");
        CsvRecorder recorder = new CsvRecorder(target, 1);
        recorder.begin(100);
        recorder.record(0, new double[6], 1, 0, 2);
        CsvRecording recording = recorder.finish(0.001, new double[6], false);
        assertFalse(recording.complete());
        assertEquals(recorder.partialFile(), recording.path());
        assertEquals("an older complete run\n", Files.readString(target));
        assertEquals(3, Files.readAllLines(recorder.partialFile()).size());
    }

    @Test
    void recordingRowsAllocatesNothing() throws IOException {
        Path target = tmp.resolve("big.csv");
        CsvRecorder recorder = new CsvRecorder(target, 1);
        recorder.begin(1_000_000);
        double[] x = {0.123456789, -0.0001, 1.5e-7, 2.25, -3.75, 0.1};
        long[] k = new long[1];
        AllocationAssertions.assertAllocationFree("CsvRecorder.record", () -> {
            x[0] += 1e-5;
            recorder.record(k[0]++ * 1e-3, x, x[0] * 7.1, 0.5 * x[0], -x[0]);
        }, 50_000, 4);
        CsvRecording recording = recorder.finish(1.0, x, true);
        assertEquals(k[0], recording.rows());
        try (var lines = Files.lines(target)) {
            assertEquals(recording.rows() + 2, lines.count());
        }
    }
}
