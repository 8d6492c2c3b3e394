package io.dip.dynamics.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The golden-file support fails loudly on missing or empty data and compares with the documented tolerance. */
class GoldenFilesTest {

    @TempDir
    Path directory;

    @Test
    void missingFileFailsNamingIt() {
        Path file = directory.resolve("plant.json");
        AssertionError e = assertThrows(AssertionError.class, () -> GoldenFiles.load(file));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void emptyFileFails() throws IOException {
        Path file = Files.writeString(directory.resolve("plant.json"), "");
        AssertionError e = assertThrows(AssertionError.class, () -> GoldenFiles.load(file));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void fileWithoutCasesFails() throws IOException {
        JsonNode root = GoldenFiles.load(Files.writeString(directory.resolve("a.json"), "{\"cases\": []}"));
        AssertionError e = assertThrows(AssertionError.class, () -> GoldenFiles.cases(root));
        assertTrue(e.getMessage().contains("no cases"), e.getMessage());
    }

    @Test
    void physicsBlockBuildsValidatedParameters() throws IOException {
        JsonNode root = GoldenFiles.load(Files.writeString(directory.resolve("a.json"),
                "{\"physics\": {\"cart_mass\": 2.5, \"gravity\": 9.8}}"));
        assertEquals(2.5, GoldenFiles.physics(root).cartMass());
        assertEquals(9.8, GoldenFiles.physics(root).gravity());
        JsonNode bad = GoldenFiles.load(Files.writeString(directory.resolve("b.json"),
                "{\"physics\": {\"cart_mas\": 2.5}}"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoldenFiles.physics(bad));
        assertTrue(e.getMessage().contains("physics.cart_mas"), e.getMessage());
    }

    @Test
    void toleranceIsRelativeWithAnAbsoluteFloor() {
        GoldenFiles.assertClose("large", 1000.0, 1000.0 + 0.9e-9, 1e-12, 1e-12);
        assertThrows(AssertionError.class, () -> GoldenFiles.assertClose("large", 1000.0, 1000.0 + 2e-9, 1e-12,
                1e-12));
        GoldenFiles.assertClose("tiny", 0.0, 0.9e-12, 1e-12, 1e-12);
        assertThrows(AssertionError.class, () -> GoldenFiles.assertClose("tiny", 0.0, 2e-12, 1e-12, 1e-12));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertClose("nan", 1.0, Double.NaN, 1e-12, 1e-12));
        assertThrows(AssertionError.class, () -> GoldenFiles.assertClose("length", new double[2], new double[3],
                1e-12, 1e-12));
    }

    @Test
    void defaultDirectoryIsBesideTheRepositoryRoot() {
        Path root = GoldenFiles.repositoryRoot();
        assertTrue(Files.isRegularFile(root.resolve("pom.xml")), "no pom.xml in " + root);
        assertTrue(Files.isDirectory(root.resolve("dip-dynamics")), "not the repository root: " + root);
    }
}
