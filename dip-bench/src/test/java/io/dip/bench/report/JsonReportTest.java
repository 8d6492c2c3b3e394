package io.dip.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.testkit.contract.AllocationProbe;
import io.dip.testkit.contract.ControllerContract;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {

    @Test
    void writesEveryControllerWithTheRequiredFields(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("nested/audit.json");
        JsonReport.write(SampleReports.report(), file);

        JsonNode root = new ObjectMapper().readTree(Files.readString(file));
        assertEquals("FAIL", root.get("status").asText());
        assertEquals(61_000_000_000L, root.get("wallNanos").asLong());
        assertEquals(2, root.get("machine").get("processors").asInt());
        assertEquals(3_600_000, root.get("settings").get("longRunSteps").asLong());

        JsonNode controllers = root.get("controllers");
        assertEquals(2, controllers.size());
        JsonNode ok = controllers.get(0);
        assertEquals("classical_smc", ok.get("name").asText());
        assertEquals("PASS", ok.get("status").asText());
        assertEquals(0.0, ok.get("bytesPerCall").asDouble());
        assertEquals(0.0, ok.get("bytesPerStep").asDouble());
        // heap went from 50 000 000 to 49 998 976 B: −1024 B over 10 h = −0.1 KB/h
        assertEquals(-0.1, ok.get("growthKbPerHour").asDouble(), 1e-12);
        assertEquals(123.5, ok.get("meanNanos").asDouble());
        assertEquals(400, ok.get("p99Nanos").asLong());
        assertEquals(25_000, ok.get("maxNanos").asLong());
        assertEquals(900, ok.get("step").get("p99Nanos").asLong());
        assertEquals(5000.0, ok.get("deadlineMarginFactor").asDouble(), 1e-9); // 10 ms / p99.9 of 2 µs
        assertEquals(ControllerContract.CHECKS.size(), ok.get("checks").size());
        assertEquals("PASS", ok.get("epsilon").get("status").asText());
        assertEquals(2, ok.get("realtime").size());
        assertEquals(2, ok.get("realtime").get(1).get("deadlineMisses").asLong());
        assertEquals(1000.0, ok.get("realtime").get(1).get("rateHz").asDouble());
        assertEquals(0, ok.get("failures").size());

        JsonNode bad = controllers.get(1);
        assertEquals("FAIL", bad.get("status").asText());
        assertEquals(24.0, bad.get("bytesPerCall").asDouble());
        assertEquals(1024.0, bad.get("growthKbPerHour").asDouble(), 1e-9); // 10 240 KB / 10 h
        assertTrue(bad.get("epsilon").isNull());
        assertEquals(52, bad.get("gc").get("collections").asLong());    // 40 during timing + 12 in the long run
        String failures = bad.get("failures").toString();
        assertTrue(failures.contains(AllocationProbe.CALL_FREE + ": 24 B/call"), failures);
        assertTrue(failures.contains("second close() threw boom"), failures);
        assertTrue(failures.contains("retained size grew from 4096 B to 8192 B"), failures);
        assertEquals(0, root.get("errors").size());
    }

    @Test
    void listsControllersThatCouldNotBeAuditedApartAndFails() {
        JsonNode root = JsonReport.tree(SampleReports.reportWithError());

        assertEquals("FAIL", root.get("status").asText());
        assertEquals(1, root.get("controllers").size());
        assertEquals("PASS", root.get("controllers").get(0).get("status").asText());
        JsonNode error = root.get("errors").get(0);
        assertEquals("falling_smc", error.get("name").asText());
        assertEquals("FAIL", error.get("status").asText());
        assertTrue(error.get("error").asText().contains("FELL"));
    }
}
