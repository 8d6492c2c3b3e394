package io.dip.dynamics.golden;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.api.PhysicalParameters;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the golden vectors of the repository's {@code golden/} directory for tests and compares numbers against them.
 *
 * <p>The directory comes from the system property {@value #PROPERTY}; when it is absent, it is
 * {@code golden} resolved against the repository root (the nearest ancestor of the working directory
 * that holds {@code .git}, or else the outermost one holding a {@code pom.xml}). A missing, unreadable or empty
 * file, or a file without cases, fails the calling test with a message naming the path.
 */
public final class GoldenFiles {

    /** System property naming the golden directory. */
    public static final String PROPERTY = "dip.golden";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private GoldenFiles() {
    }

    /** @return the golden directory (the property, or {@code <root>/golden}) */
    public static Path directory() {
        String configured = System.getProperty(PROPERTY);
        if (configured != null && !configured.isBlank()) {
            return Paths.get(configured).toAbsolutePath().normalize();
        }
        return repositoryRoot().resolve("golden").normalize();
    }

    /** @return the repository root found by walking up from the working directory */
    public static Path repositoryRoot() {
        Path start = Paths.get("").toAbsolutePath();
        Path outermostPom = null;
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
            if (Files.isRegularFile(dir.resolve("pom.xml"))) {
                outermostPom = dir;
            }
        }
        if (outermostPom == null) {
            fail("cannot find the repository root (no .git or pom.xml above " + start + "); set -D" + PROPERTY);
        }
        return outermostPom;
    }

    /**
     * @param fileName a file of the golden directory, e.g. {@code plant.json}
     * @return its parsed JSON tree
     */
    public static JsonNode load(String fileName) {
        return load(directory().resolve(fileName));
    }

    /**
     * @param file a golden file
     * @return its parsed JSON tree
     */
    public static JsonNode load(Path file) {
        if (!Files.isRegularFile(file)) {
            fail("golden file " + file + " is missing (set -D" + PROPERTY + " to the golden directory)");
        }
        JsonNode root;
        try {
            if (Files.size(file) == 0) {
                fail("golden file " + file + " is empty");
            }
            root = MAPPER.readTree(file.toFile());
        } catch (IOException e) {
            throw new AssertionError("cannot read golden file " + file + ": " + e.getMessage(), e);
        }
        if (root == null || root.isMissingNode() || root.isEmpty()) {
            fail("golden file " + file + " holds no data");
        }
        return root;
    }

    /**
     * @param root a loaded golden file
     * @return its {@code cases} array as a list, never empty
     */
    public static List<JsonNode> cases(JsonNode root) {
        JsonNode cases = root.path("cases");
        if (!cases.isArray() || cases.isEmpty()) {
            fail("golden file has no cases (expected a non-empty array 'cases')");
        }
        List<JsonNode> list = new ArrayList<>(cases.size());
        cases.forEach(list::add);
        return list;
    }

    /**
     * @param root a loaded golden file
     * @return the validated parameters of its {@code physics} block
     */
    public static PhysicalParameters physics(JsonNode root) {
        JsonNode block = required(root, "physics");
        Map<String, Double> values = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> e : block.properties()) {
            values.put(e.getKey(), asNumber(e.getValue(), "physics." + e.getKey()));
        }
        return PhysicalParameters.fromMap(values);
    }

    /**
     * @param node  a JSON object
     * @param field the field name
     * @return the field, failing when absent or null
     */
    public static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            fail("golden entry lacks field '" + field + "'");
        }
        return value;
    }

    /**
     * @param node  a JSON object
     * @param field the name of a numeric field
     * @return its value
     */
    public static double number(JsonNode node, String field) {
        return asNumber(required(node, field), field);
    }

    private static double asNumber(JsonNode value, String what) {
        if (!value.isNumber()) {
            fail("golden field '" + what + "' must be a number, got " + value);
        }
        return value.doubleValue();
    }

    /**
     * @param node  a JSON object
     * @param field the name of a field holding an array of numbers
     * @return the numbers
     */
    public static double[] numbers(JsonNode node, String field) {
        JsonNode array = required(node, field);
        if (!array.isArray()) {
            fail("golden field '" + field + "' must be an array, got " + array);
        }
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = asNumber(array.get(i), field + "[" + i + "]");
        }
        return out;
    }

    /**
     * Asserts {@code |actual − expected| ≤ max(absolute, relative·|expected|)}.
     *
     * @param what     description for the failure message
     * @param expected the golden value
     * @param actual   the computed value
     * @param relative relative tolerance
     * @param absolute absolute floor
     */
    public static void assertClose(String what, double expected, double actual, double relative, double absolute) {
        double allowed = Math.max(absolute, relative * Math.abs(expected));
        double difference = Math.abs(actual - expected);
        if (!(difference <= allowed)) {
            fail(what + ": expected " + expected + " but got " + actual + " (difference " + difference
                    + " > allowed " + allowed + ")");
        }
    }

    /**
     * Element-wise {@link #assertClose(String, double, double, double, double)} with equal lengths.
     *
     * @param what     description for the failure message
     * @param expected golden values
     * @param actual   computed values
     * @param relative relative tolerance
     * @param absolute absolute floor
     */
    public static void assertClose(String what, double[] expected, double[] actual, double relative,
            double absolute) {
        if (expected.length != actual.length) {
            fail(what + ": expected " + expected.length + " values but got " + actual.length);
        }
        for (int i = 0; i < expected.length; i++) {
            assertClose(what + "[" + i + "]", expected[i], actual[i], relative, absolute);
        }
    }
}
