package io.dip.sim.tuning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.engine.Scenario;
import io.dip.sim.montecarlo.ParameterUncertainty;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TuningScenariosTest {

    private static final Scenario BASE = TuningFixtures.base("classical_smc", 1.0, 0.01);
    private static final List<double[]> STATES = List.of(new double[] {0, 0.1, -0.05, 0, 0, 0},
            new double[] {0, -0.2, 0.15, 0, 0, 0});

    @Test
    void nominalStatesOnTheNominalPlant() {
        ScenarioSet set = TuningScenarios.configured(BASE, STATES, 0, null, 0, ParameterUncertainty.DEFAULTS, 3);
        assertEquals(2, set.size());
        assertArrayEquals(STATES.get(1), set.scenarios().get(1).initialState(), 0.0);
        assertEquals(PhysicalParameters.DEFAULTS, set.scenarios().get(0).plant().parameters());
        assertEquals(List.of("state-1", "state-2"), set.scenarios().stream().map(Scenario::name).toList());
    }

    @Test
    void randomStatesAndParameterDrawsMultiply() {
        double[] range = {0.1, 0.2, 0.2, 0, 0, 0};
        ScenarioSet set = TuningScenarios.configured(BASE, STATES, 3, range, 2, ParameterUncertainty.DEFAULTS, 3);
        assertEquals((2 + 3) * 2, set.size());
        Set<PhysicalParameters> plants = new HashSet<>();
        for (int i = 0; i < set.size(); i++) {
            Scenario s = set.scenarios().get(i);
            plants.add(s.plant().parameters());
            assertEquals(PhysicalParameters.DEFAULTS, s.nominal().parameters(), "the controller keeps its model");
            assertEquals(BASE.seed() + i, s.seed());
            double[] x0 = s.initialState();
            for (int c = 0; c < x0.length; c++) {
                assertTrue(i < 4 || Math.abs(x0[c]) <= range[c], "random state within its range");
            }
        }
        assertEquals(set.size(), plants.size(), "every scenario has its own drawn plant");
        assertEquals("random-3-draw-2", set.scenarios().get(9).name());
        ScenarioSet again = TuningScenarios.configured(BASE, STATES, 3, range, 2, ParameterUncertainty.DEFAULTS, 3);
        ScenarioSet other = TuningScenarios.configured(BASE, STATES, 3, range, 2, ParameterUncertainty.DEFAULTS, 4);
        assertEquals(set.describe(), again.describe(), "a set is a pure function of its inputs");
        assertNotEquals(set.describe().get("scenarios"), other.describe().get("scenarios"));
    }

    @Test
    void robustSetHasFifteenPerturbedScenariosOnDrawnPlants() {
        ScenarioSet set = TuningScenarios.robust(BASE);
        assertEquals(15, set.size());
        double[] amplitude = new double[15];
        Arrays.fill(amplitude, 0, 3, 0.05);
        Arrays.fill(amplitude, 3, 7, 0.15);
        Arrays.fill(amplitude, 7, 15, 0.3);
        double[] nominal = PhysicalParameters.DEFAULTS.toArray();
        double largest = 0;
        for (int i = 0; i < 15; i++) {
            Scenario s = set.scenarios().get(i);
            double[] x0 = s.initialState();
            assertTrue(Math.abs(x0[StateIndex.THETA1]) <= amplitude[i]
                    && Math.abs(x0[StateIndex.THETA2]) <= amplitude[i]);
            largest = Math.max(largest, Math.abs(x0[StateIndex.THETA1]));
            assertEquals(0.0, x0[StateIndex.X] + x0[StateIndex.X_DOT] + x0[StateIndex.THETA1_DOT]
                    + x0[StateIndex.THETA2_DOT], 0.0);
            double[] p = s.plant().parameters().toArray();
            for (int k = 0; k < p.length; k++) {
                assertTrue(Math.abs(p[k] / nominal[k] - 1) <= 0.05 + 1e-15);
            }
            assertEquals(9.81, s.plant().parameters().gravity(), 0.0);
            assertNotEquals(PhysicalParameters.DEFAULTS, s.plant().parameters());
        }
        assertTrue(largest > 0.15, "the large group reaches beyond the moderate range");
        assertEquals(List.of("small-1", "small-2", "small-3", "moderate-1"),
                set.scenarios().subList(0, 4).stream().map(Scenario::name).toList());
        assertEquals(TuningScenarios.robust(BASE).describe(), set.describe());
        Map<String, Object> d = set.describe();
        assertEquals("robust", d.get("kind"));
        assertEquals(15, d.get("count"));
    }

    @Test
    void badInputsAreNamed() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningScenarios.configured(BASE, List.of(), 0,
                null, 0, ParameterUncertainty.DEFAULTS, 1)).getMessage().contains("pso.initial_states"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningScenarios.configured(BASE,
                List.of(new double[] {0, 0.1}), 0, null, 0, ParameterUncertainty.DEFAULTS, 1)).getMessage()
                .contains("pso.initial_states[0]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningScenarios.configured(BASE, STATES, 2,
                new double[] {0, -1, 0, 0, 0, 0}, 0, ParameterUncertainty.DEFAULTS, 1)).getMessage()
                .contains("pso.random_initial_range[1]"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> TuningScenarios.configured(BASE, STATES, 0,
                null, -1, ParameterUncertainty.DEFAULTS, 1)).getMessage().contains("pso.parameter_draws"));
    }
}
