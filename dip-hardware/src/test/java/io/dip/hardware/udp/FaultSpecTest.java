package io.dip.hardware.udp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The {@code --inject} syntax. */
class FaultSpecTest {

    @Test
    void parsesEveryKey() {
        FaultSpec spec = FaultSpec.parse("loss=0.05,delay=2ms,jitter=1ms,dup=0.01,reorder=0.01,corrupt=0.01,seed=7,"
                + "burst=0.02:0.4,noise=0.001");
        assertEquals(new FaultSpec(0.05, 0.02, 0.4, 2_000_000, 1_000_000, 0.01, 0.01, 0.01, 0.001, 7), spec);
        assertEquals(spec, FaultSpec.parse(spec.format()), "format() reads back");
        assertEquals(FaultSpec.NONE, FaultSpec.parse(" "));
        assertTrue(FaultSpec.NONE.isTransparent());
        assertEquals(150_000, FaultSpec.parse("delay=150us").delayNanos());
        assertEquals(2_000_000, FaultSpec.parse("delay=0.002").delayNanos());
        assertEquals(500, FaultSpec.parse("jitter=500ns").jitterNanos());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "loss=1.5|loss must be a probability",
        "los=0.1|unknown key 'los'",
        "loss|'loss' is not key=value",
        "loss=0.1,loss=0.2|given twice",
        "delay=soon|'soon' is not a duration",
        "delay=-1ms|between 0 and 1 h",
        "burst=0.1|burst=G:B",
        "burst=0.1:0|never recovers",
        "seed=x|not an integer",
        "corrupt=NaN|not a finite number"})
    void rejectsBadItemsNamingThem(String text, String message) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> FaultSpec.parse(text));
        assertTrue(e.getMessage().startsWith("--inject") && e.getMessage().contains(message), e.getMessage());
    }
}
