package io.dip.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PluginNamesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sta_smc|sta_smc",
        "  STA-SMC  |sta_smc",
        "Hybrid Adaptive-STA smc|hybrid_adaptive_sta_smc",
        "RK45|rk45"})
    void normalisesCaseSeparatorsAndBlanks(String written, String expected) {
        assertEquals(expected, PluginNames.normalise(written));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void rejectsBlankNames(String blank) {
        assertThrows(IllegalArgumentException.class, () -> PluginNames.normalise(blank));
    }
}
