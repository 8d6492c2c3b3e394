package io.dip.web;

import io.dip.sim.recording.JsonFiles;
import io.dip.sim.runtime.PluginException;
import io.javalin.Javalin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.util.JavalinBindException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * The embedded web server of {@code dip serve}: the page (HTML, JavaScript and CSS from this module's resources, uPlot
 * from its webjar; nothing from outside the server) and the JSON API of {@code docs/dashboard.md}:
 *
 * <pre>
 * GET  /api/plugins
 * POST /api/{kind}                       {"controller": NAME, "gains": [...], "config": {...}} → {"id": ...}
 * GET  /api/{kind}/{id}                  status and summary
 * GET  /api/{kind}/{id}/events           server-sent events: samples / progress, then end
 * GET  /api/{kind}/{id}/result.csv|json|png
 * DELETE /api/{kind}/{id}                stop the job (it keeps what it computed)
 * </pre>
 *
 * where {@code kind} is {@code simulations}, {@code montecarlo} or {@code tune}. Errors are JSON
 * {@code {"error": "one line"}}: 400 for a bad body (the command line's message), 404 for an unknown id, 409 for an
 * output that is not ready, 429 when the server runs as many jobs as it allows, 500 for an internal error (never a
 * stack trace).
 */
final class DashboardServer implements AutoCloseable {

    /** Where the page's files are on the class path. */
    static final String PAGE_RESOURCES = "/io/dip/web/page";

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "csv", "text/csv; charset=utf-8", "json", "application/json", "png", "image/png");

    private final Dashboard dashboard;
    private final Javalin app;

    private DashboardServer(Dashboard dashboard, Javalin app) {
        this.dashboard = dashboard;
        this.app = app;
    }

    /**
     * @param dashboard what the API does
     * @param bind      the address to listen on, e.g. {@code 127.0.0.1}
     * @param port      the port, 0 for any free one
     * @return the started server
     * @throws IllegalArgumentException when the address is unknown or cannot be bound (port in use)
     */
    static DashboardServer start(Dashboard dashboard, String bind, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, got " + port);
        }
        try {
            InetAddress.getByName(bind);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind " + bind + ": unknown host or address", e);
        }
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.startup.showOldJavalinVersionWarning = false;
            config.jetty.host = bind;
            config.jetty.port = port;
            config.staticFiles.add(PAGE_RESOURCES, Location.CLASSPATH);
            config.staticFiles.enableWebjars();
            config.routes.get("/api/plugins", ctx -> json(ctx, dashboard.plugins().toString()));
            route(config.routes, SimulationJob.KIND, dashboard::simulate, dashboard);
            route(config.routes, MonteCarloJob.KIND, dashboard::monteCarlo, dashboard);
            route(config.routes, TuneJob.KIND, dashboard::tune, dashboard);
            config.routes.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e));
            config.routes.exception(PluginException.class, (e, ctx) -> error(ctx, 400, e));
            config.routes.exception(NotFoundException.class, (e, ctx) -> error(ctx, 404, e));
            config.routes.exception(IllegalStateException.class, (e, ctx) -> error(ctx, 409, e));
            config.routes.exception(TooManyJobsException.class, (e, ctx) -> error(ctx, 429, e));
            config.routes.exception(Exception.class, (e, ctx) -> error(ctx, 500, e));
            config.routes.error(404, "*", ctx -> unlessAnswered(ctx, "no such endpoint: " + ctx.method() + " "
                    + ctx.path()));
            config.routes.error(413, "*", ctx -> unlessAnswered(ctx, "the request body is larger than "
                    + config.http.maxRequestSize + " bytes"));
        });
        try {
            app.start();
        } catch (JavalinBindException e) {
            app.stop();
            throw new IllegalArgumentException("cannot listen on " + bind + ":" + port + ": "
                    + (e.getCause() != null && e.getCause().getMessage() != null ? e.getCause().getMessage()
                    : "the port is in use") + " (choose another with --port)", e);
        }
        return new DashboardServer(dashboard, app);
    }

    private static void route(RoutesConfig routes, String kind, Function<String, Job> starter,
                              Dashboard dashboard) {
        String base = "/api/" + kind;
        routes.post(base, ctx -> {
            Job job = starter.apply(ctx.body());
            ctx.status(201);
            ctx.header("Location", base + "/" + job.id());
            json(ctx, "{\"id\":\"" + job.id() + "\"}");
        });
        routes.get(base + "/{id}", ctx -> json(ctx, dashboard.jobs().get(kind, ctx.pathParam("id")).statusJson()
                .toString()));
        routes.delete(base + "/{id}", ctx -> {
            Job job = dashboard.jobs().get(kind, ctx.pathParam("id"));
            job.cancel();
            json(ctx, job.statusJson().toString());
        });
        routes.get(base + "/{id}/events", ctx -> EventStream.pump(dashboard.jobs().get(kind, ctx.pathParam("id"))
                .feed(), ctx.res()));
        routes.get(base + "/{id}/{file}", ctx -> {
            Job job = dashboard.jobs().get(kind, ctx.pathParam("id"));
            String file = ctx.pathParam("file");
            String format = file.startsWith("result.") ? file.substring("result.".length()) : file;
            Path output = job.output(format, ctx.queryParam("metric"));
            send(ctx, output, job.id() + "." + format, CONTENT_TYPES.get(format));
        });
    }

    private static void send(Context ctx, Path file, String name, String contentType) throws IOException {
        ctx.contentType(contentType);
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.header("Content-Length", Long.toString(Files.size(file)));
        ctx.result(Files.newInputStream(file));
    }

    private static void json(Context ctx, String body) {
        ctx.contentType("application/json");
        ctx.result(body);
    }

    private static void error(Context ctx, int status, Exception e) {
        ctx.status(status);
        json(ctx, message(status == 404 || status == 429 ? e.getMessage() : ErrorLine.of(e)));
    }

    /** Gives Javalin's own error answers (unknown endpoint, body too large) the API's JSON form. */
    private static void unlessAnswered(Context ctx, String line) {
        String result = ctx.result();
        if (result == null || !result.startsWith("{")) {
            json(ctx, message(line));
        }
    }

    private static String message(String line) {
        return JsonFiles.mapper().createObjectNode().put("error", line).toString();
    }

    /** @return the port the server listens on */
    int port() {
        return app.port();
    }

    /** Stops every job, then the server; deletes every output. */
    @Override
    public void close() {
        try {
            dashboard.close();
        } finally {
            app.stop();
        }
    }
}
