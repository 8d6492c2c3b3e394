package io.dip.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dip.sim.config.ConfigLoader;
import io.dip.sim.runtime.PluginRegistry;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A dashboard server on an ephemeral port of 127.0.0.1 with the class-path plugins and the configuration the command
 * line would load here, and an {@link HttpClient} to talk to it.
 */
final class TestServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PluginRegistry registry;
    private final DashboardServer server;
    private final HttpClient client = HttpClient.newHttpClient();

    /**
     * @param limits the server's limits
     */
    TestServer(ServerLimits limits) {
        this(limits, null);
    }

    /**
     * @param limits  the server's limits
     * @param plugins a directory of plugin jars, or null
     */
    TestServer(ServerLimits limits, Path plugins) {
        registry = PluginRegistry.load(plugins);
        try {
            Path work = Files.createTempDirectory("dip-web-test-");
            server = DashboardServer.start(new Dashboard(ConfigLoader.load(null), registry, limits, work),
                    "127.0.0.1", 0);
        } catch (IOException e) {
            registry.close();
            throw new UncheckedIOException(e);
        }
    }

    /** @return a server with room for a few jobs */
    static TestServer standard() {
        return new TestServer(STANDARD);
    }

    /** Room for a few jobs. */
    static final ServerLimits STANDARD = new ServerLimits(4, 20, 1000, 10_000_000, 2);

    /** @return the base URL, e.g. {@code http://127.0.0.1:41234} */
    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    /**
     * @param path e.g. {@code /api/simulations}
     * @param body the JSON body
     * @return the response
     */
    HttpResponse<String> post(String path, String body) {
        return send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param path a path
     * @return the response as text
     */
    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param path a path
     * @return the response as bytes
     */
    HttpResponse<byte[]> bytes(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /**
     * @param path a path
     * @return the response
     */
    HttpResponse<String> delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(base() + path)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * @param kind  {@code simulations}, {@code montecarlo} or {@code tune}
     * @param body  the request body
     * @return the new job's id
     * @throws AssertionError when the server did not answer 201
     */
    String start(String kind, String body) {
        HttpResponse<String> response = post("/api/" + kind, body);
        if (response.statusCode() != 201) {
            throw new AssertionError("POST /api/" + kind + " answered " + response.statusCode() + ": "
                    + response.body());
        }
        return json(response.body()).get("id").asText();
    }

    /**
     * Reads a job's server-sent events up to its end event.
     *
     * @param kind the job's kind
     * @param id   its id
     * @return the events in order, the end event last
     */
    List<Event> events(String kind, String id) {
        HttpResponse<InputStream> response = send(HttpRequest.newBuilder(
                URI.create(base() + "/api/" + kind + "/" + id + "/events")).GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        List<Event> events = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(response.body(),
                StandardCharsets.UTF_8))) {
            String name = null;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("event: ")) {
                    name = line.substring("event: ".length());
                } else if (line.startsWith("data: ")) {
                    events.add(new Event(name, json(line.substring("data: ".length()))));
                    if (ServerEvent.END.equals(name)) {
                        return events;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new AssertionError("the event stream closed without an end event: " + events);
    }

    /**
     * @param kind the job's kind
     * @param id   its id
     * @return its final status document (the data of its end event)
     */
    JsonNode awaitEnd(String kind, String id) {
        List<Event> events = events(kind, id);
        return events.get(events.size() - 1).data();
    }

    /**
     * @param text JSON text
     * @return its tree
     */
    static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> HttpResponse<T> send(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return client.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            registry.close();
        }
    }

    /**
     * One server-sent event.
     *
     * @param name its name
     * @param data its JSON data
     */
    record Event(String name, JsonNode data) {
    }
}
