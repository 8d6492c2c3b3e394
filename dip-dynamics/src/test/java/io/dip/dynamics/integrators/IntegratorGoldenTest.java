package io.dip.dynamics.integrators;

import static io.dip.dynamics.golden.GoldenFiles.assertClose;
import static io.dip.dynamics.golden.GoldenFiles.number;
import static io.dip.dynamics.golden.GoldenFiles.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.DynamicsModel;
import io.dip.api.Integrator;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.golden.GoldenFiles;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** One control period of euler, rk4 and rk45 on the full model against every case of {@code integrators.json}. */
class IntegratorGoldenTest {

    private static final double FIXED_STEP_TOLERANCE = 1e-12;
    private static final double ADAPTIVE_STATE_TOLERANCE = 1e-9;
    /**
     * The proposed step is h·0.9·err^(−1/5), and err is formed from y5 − y4 ≈ 1e-8·|y|: rounding at 1e-16·|y| in
     * either implementation moves err by about 1e-7 relative, hence h_p by about 2e-8 (measured: up to 2.5e-8 against
     * the golden values, and as much between two forms of y5 − y4 that are equal in exact arithmetic). 1e-6 relative leaves margin while still catching any
     * formula change (a different safety factor, exponent or norm moves h_p by percent).
     */
    private static final double PROPOSED_STEP_TOLERANCE = 1e-6;

    private final JsonNode root = GoldenFiles.load("integrators.json");

    @TestFactory
    Stream<DynamicTest> everyCaseMatches() {
        assertEquals(FullDynamics.NAME, GoldenFiles.required(root, "model").asText(), "golden model");
        JsonNode settings = GoldenFiles.required(root, "rk45");
        assertEquals("dt", GoldenFiles.required(settings, "first_trial_step").asText(), "rk45 first trial step");
        DormandPrince45Tolerances tolerances = new DormandPrince45Tolerances(number(settings, "atol"),
                number(settings, "rtol"), DormandPrince45Tolerances.DEFAULTS.maxSubSteps());
        DynamicsModel model = new FullDynamics(GoldenFiles.physics(root));
        List<JsonNode> cases = GoldenFiles.cases(root);
        return IntStream.range(0, cases.size()).mapToObj(index -> DynamicTest.dynamicTest("case " + index, () -> {
            JsonNode c = cases.get(index);
            double[] x = numbers(c, "x");
            double u = number(c, "u");
            double dt = number(c, "dt");
            String label = "case " + index + " (dt = " + dt + ") ";
            assertPeriod(label, new ExplicitEuler(model), x, u, dt, numbers(c, "euler"), FIXED_STEP_TOLERANCE);
            assertPeriod(label, new RungeKutta4(model), x, u, dt, numbers(c, "rk4"), FIXED_STEP_TOLERANCE);
            DormandPrince45 rk45 = new DormandPrince45(model, tolerances);
            assertPeriod(label, rk45, x, u, dt, numbers(c, "rk45"), ADAPTIVE_STATE_TOLERANCE);
            assertEquals((int) number(c, "rk45_accepted"), rk45.lastAcceptedSubSteps(), label + "rk45 accepted");
            assertEquals((int) number(c, "rk45_rejected"), rk45.lastRejectedSubSteps(), label + "rk45 rejected");
            assertClose(label + "rk45 next h", number(c, "rk45_next_h"), rk45.proposedStep(),
                    PROPOSED_STEP_TOLERANCE, 0.0);
        }));
    }

    private static void assertPeriod(String label, Integrator integrator, double[] x, double u, double dt,
            double[] expected, double tolerance) {
        double[] before = x.clone();
        double[] out = new double[6];
        integrator.step(x, u, dt, out);
        assertClose(label + integrator.name(), expected, out, tolerance, tolerance);
        assertTrue(java.util.Arrays.equals(before, x), label + integrator.name() + " modified its input state");
    }
}
