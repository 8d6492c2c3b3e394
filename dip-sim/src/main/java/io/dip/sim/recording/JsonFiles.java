package io.dip.sim.recording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.api.StateIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * JSON output shared by the result writers: one configured {@link ObjectMapper} (which writes no NaN or infinity:
 * null instead), trajectories as sample lists, and files written whole or not at all.
 */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = new ObjectMapper(new FiniteNumbersFactory())
            .enable(SerializationFeature.INDENT_OUTPUT);

    private JsonFiles() {
    }

    /** @return the mapper of every JSON file the project writes: indented, NaN and ±∞ written as null */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Converts a trajectory to {@code [{"t":…, "x":[6], "u":…, "d":…, "sigma":…}, …, {"t":T, "x":[6], "u":null,
     * "d":null, "sigma":null}]}: the step rows then the end state (the layout of the golden closed-loop file, plus
     * the disturbance d). {@code sigma} is null in every row when the controller has no sliding variable.
     *
     * @param trajectory the trajectory
     * @return the sample array
     */
    public static ArrayNode samples(Trajectory trajectory) {
        ArrayNode samples = MAPPER.createArrayNode();
        for (int r = 0; r < trajectory.size(); r++) {
            ObjectNode sample = samples.addObject();
            sample.put("t", trajectory.time(r));
            ArrayNode x = sample.putArray("x");
            for (int i = 0; i < StateIndex.DIMENSION; i++) {
                x.add(trajectory.state(r, i));
            }
            sample.put("u", trajectory.control(r));
            sample.put("d", trajectory.disturbance(r));
            double sigma = trajectory.sigma(r);
            if (Double.isNaN(sigma)) {
                sample.putNull("sigma");
            } else {
                sample.put("sigma", sigma);
            }
        }
        ObjectNode last = samples.addObject();
        last.put("t", trajectory.finalTime());
        ArrayNode x = last.putArray("x");
        for (double v : trajectory.finalState()) {
            x.add(v);
        }
        last.putNull("u");
        last.putNull("d");
        last.putNull("sigma");
        return samples;
    }

    /**
     * Writes {@code document} to {@code <target>.partial}, then moves it onto {@code target}.
     *
     * @param document the JSON document
     * @param target   the file
     * @throws UncheckedIOException naming the file when writing fails
     */
    public static void write(JsonNode document, Path target) {
        Path partial = PartialFiles.partialOf(target);
        try {
            PartialFiles.createParent(partial);
            MAPPER.writeValue(partial.toFile(), document);
            PartialFiles.commit(partial, target.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target.toAbsolutePath(), e);
        }
    }
}
