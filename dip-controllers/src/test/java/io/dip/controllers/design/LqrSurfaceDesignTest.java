package io.dip.controllers.design;

import static io.dip.dynamics.golden.GoldenFiles.assertClose;
import static io.dip.dynamics.golden.GoldenFiles.numbers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.dip.api.Matrix3;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.dynamics.golden.GoldenFiles;
import org.junit.jupiter.api.Test;

class LqrSurfaceDesignTest {

    /** S0 of docs/model.md §6, typed from the document. */
    private static final double[] MODEL_S0 = {0.1221754344103595, -10.741444838907405, 12.216130357283888,
        0.228386064555021, -0.5586131459112993, 1.6384791698028844};

    @Test
    void defaultWeightsOnTheFullModelReproduceTheDefaultSurface() {
        double[] s = LqrSurfaceDesign.design(new FullDynamics(PhysicalParameters.DEFAULTS),
                new double[] {10, 100, 100, 1, 1, 1}, 1.0);
        assertClose("S", MODEL_S0, s, 1e-9, 1e-12);
    }

    @Test
    void defaultWeightsOnTheGoldenLinearizationReproduceTheGoldenSurface() {
        JsonNode plant = GoldenFiles.load("plant.json");
        double[] s = LqrSurfaceDesign.design(numbers(plant, "linear_A"), numbers(plant, "linear_B"),
                LqrSurfaceDesign.defaultStateWeights(), LqrSurfaceDesign.defaultInputWeight());
        assertClose("S", numbers(plant, "default_surface_S0"), s, 1e-9, 1e-12);
    }

    @Test
    void publishedDefaultsAreThoseOfTheModel() {
        assertClose("default surface", MODEL_S0, LqrSurfaceDesign.defaultSurface(), 0.0, 0.0);
        assertClose("q", new double[] {10, 100, 100, 1, 1, 1}, LqrSurfaceDesign.defaultStateWeights(), 0.0, 0.0);
        assertEquals(1.0, LqrSurfaceDesign.defaultInputWeight());
    }

    @Test
    void designedSurfaceHasUnitInputGainAtTheUprightEquilibrium() {
        FullDynamics model = new FullDynamics(PhysicalParameters.DEFAULTS);
        double[] s = LqrSurfaceDesign.design(model, new double[] {1, 50, 20, 2, 0.5, 0.1}, 0.3);
        double[] mass = new double[9];
        model.massMatrix(new double[6], mass);
        double[] column = new double[3];
        Matrix3.solve(mass, new double[] {1, 0, 0}, column);
        double beta0 = s[3] * column[0] + s[4] * column[1] + s[5] * column[2];
        assertEquals(1.0, beta0, 1e-12);
    }

    @Test
    void rejectsBadWeights() {
        FullDynamics model = new FullDynamics(PhysicalParameters.DEFAULTS);
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class,
                () -> LqrSurfaceDesign.design(model, new double[] {1, -1, 1, 1, 1, 1}, 1.0));
        assertTrue(negative.getMessage().contains("q[1] must be finite and >= 0"), negative.getMessage());
        IllegalArgumentException zeroR = assertThrows(IllegalArgumentException.class,
                () -> LqrSurfaceDesign.design(model, LqrSurfaceDesign.defaultStateWeights(), 0.0));
        assertTrue(zeroR.getMessage().contains("r must be finite and > 0"), zeroR.getMessage());
        IllegalArgumentException count = assertThrows(IllegalArgumentException.class,
                () -> LqrSurfaceDesign.design(model, new double[] {1, 1, 1}, 1.0));
        assertTrue(count.getMessage().contains("needs 6 state weights"), count.getMessage());
    }
}
