package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PluginsCommandTest {

    @ParameterizedTest
    @CsvSource({
        "0.1221754344103595, 0.122175",
        "-10.741444838907405, -10.7414",
        "5.0, 5",
        "0.0, 0",
        "150.0, 150",
        "1e-9, 0.000000001",
        "123456789.0, 123457000"})
    void gainNumbersShowSixSignificantDigits(double value, String expected) {
        assertEquals(expected, PluginsCommand.number(value));
    }
}
