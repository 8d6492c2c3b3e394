package io.dip.dynamics;

import static io.dip.dynamics.golden.GoldenFiles.assertClose;
import static io.dip.dynamics.golden.GoldenFiles.number;
import static io.dip.dynamics.golden.GoldenFiles.numbers;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.golden.GoldenFiles;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The three plant models against every case of {@code plant.json}. */
class PlantGoldenTest {

    private static final double RELATIVE = 1e-12;
    private static final double ABSOLUTE = 1e-12;

    private final JsonNode root = GoldenFiles.load("plant.json");
    private final PhysicalParameters physics = GoldenFiles.physics(root);

    @TestFactory
    Stream<DynamicTest> everyCaseMatches() {
        List<JsonNode> cases = GoldenFiles.cases(root);
        FullDynamics full = new FullDynamics(physics);
        SimplifiedDynamics simplified = new SimplifiedDynamics(physics);
        LinearDynamics linear = new LinearDynamics(physics);
        return IntStream.range(0, cases.size()).mapToObj(index -> DynamicTest.dynamicTest("case " + index, () -> {
            JsonNode c = cases.get(index);
            double[] x = numbers(c, "x");
            double u = number(c, "u");
            String label = "case " + index + " ";
            assertDerivative(label, full, x, u, numbers(c, "full"));
            assertDerivative(label, simplified, x, u, numbers(c, "simplified"));
            assertDerivative(label, linear, x, u, numbers(c, "linear"));
            double[] mass = new double[9];
            full.massMatrix(x, mass);
            assertClose(label + "mass_matrix", numbers(c, "mass_matrix"), mass, RELATIVE, ABSOLUTE);
            double[] bias = new double[3];
            full.bias(x, bias);
            assertClose(label + "bias", numbers(c, "bias"), bias, RELATIVE, ABSOLUTE);
            for (DynamicsModel model : List.of(full, simplified, linear)) {
                assertClose(label + model.name() + " energy", number(c, "energy"), model.energy(x), RELATIVE,
                        ABSOLUTE);
            }
        }));
    }

    @Test
    void linearMatricesMatch() {
        LinearDynamics linear = new LinearDynamics(physics);
        assertClose("linear_A", numbers(root, "linear_A"), linear.stateMatrix(), RELATIVE, ABSOLUTE);
        assertClose("linear_B", numbers(root, "linear_B"), linear.inputMatrix(), RELATIVE, ABSOLUTE);
    }

    @Test
    void everyModelLinearizesUprightToTheGoldenMatrices() {
        double[] a = new double[36];
        double[] b = new double[6];
        for (DynamicsModel model : List.of(new FullDynamics(physics), new SimplifiedDynamics(physics),
                new LinearDynamics(physics))) {
            model.uprightLinearization(a, b);
            assertClose(model.name() + " A", numbers(root, "linear_A"), a, RELATIVE, ABSOLUTE);
            assertClose(model.name() + " B", numbers(root, "linear_B"), b, RELATIVE, ABSOLUTE);
        }
    }

    private static void assertDerivative(String label, DynamicsModel model, double[] x, double u, double[] expected) {
        double[] out = new double[6];
        model.derivative(x, u, out);
        assertClose(label + model.name(), expected, out, RELATIVE, ABSOLUTE);
    }
}
