package io.dip.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class BenchRunnerTest {

    @Test
    void runsTheModelDerivativesOfEveryRegisteredModelAndReportsTheirAllocation() throws Exception {
        BenchSettings brief = new BenchSettings(List.of("DynamicsBenchmark"), 1, 1, 300, 1, 300, null);

        List<BenchRow> rows = BenchRunner.run(brief);

        assertEquals(List.of("full", "linear", "simplified"), rows.stream().map(BenchRow::parameter).sorted().toList());
        for (BenchRow row : rows) {
            assertEquals("DynamicsBenchmark.derivative", row.benchmark());
            assertEquals("ns/op", row.unit());
            assertTrue(row.score() > 0, row.toString());
            assertTrue(row.bytesPerOp() >= 0 && row.bytesPerOp() < 1, "allocation per derivative: " + row);
        }
    }

    @Test
    void summarisesRowsAsAMarkdownTable() {
        String table = BenchRunner.table(List.of(
                new BenchRow("IntegratorBenchmark.period", "rk4", 212.345, 3.21, "ns/op", 0.0012),
                new BenchRow("TuningEvaluationBenchmark.evaluate", "sta_smc", 1234.5, Double.NaN, "us/op", 21145.7)));

        assertEquals("""
                | Benchmark                          | Parameter | Score | Error (99.9 %) | Unit  |   B/op |
                | ---------------------------------- | --------- | ----: | -------------: | ----- | -----: |
                | IntegratorBenchmark.period         | rk4       |   212 |          ± 3.2 | ns/op |  0.001 |
                | TuningEvaluationBenchmark.evaluate | sta_smc   | 1,235 |              – | us/op | 21,146 |
                """, table);
    }

    @Test
    void quickAndFullSettingsFollowTheDocumentedDefaults() {
        BenchSettings full = BenchSettings.standard(List.of(), false, null);
        BenchSettings quick = BenchSettings.standard(List.of("rk4"), true, null);

        assertEquals(List.of(1, 3, 1000L, 5, 1000L), List.of(full.forks(), full.warmupIterations(),
                full.warmupMillis(), full.measurementIterations(), full.measurementMillis()));
        assertEquals(List.of(1, 1, 500L, 2, 500L), List.of(quick.forks(), quick.warmupIterations(),
                quick.warmupMillis(), quick.measurementIterations(), quick.measurementMillis()));
        assertThrows(IllegalArgumentException.class, () -> new BenchSettings(List.of(), 0, 1, 1, 1, 1, null));
    }
}
