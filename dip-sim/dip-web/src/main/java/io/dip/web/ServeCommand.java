package io.dip.web;

import io.dip.sim.cli.CommonOptions;
import io.dip.sim.cli.DipCommand;
import io.dip.sim.cli.DipContext;
import io.dip.sim.cli.ExitCodes;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code dip serve}: the web dashboard. Starts an embedded server on {@code --bind} (127.0.0.1 unless told
 * otherwise) and {@code --port}, prints where it listens, and serves until Ctrl-C (SIGINT) or SIGTERM, which cancels
 * the running jobs, stops the server and deletes the job outputs. The configuration ({@code --config},
 * {@code --set}) is the base of every request's {@code config}; {@code --plugins} adds controllers, plants and
 * integrators to those the page offers.
 */
@Command(name = "serve", sortOptions = false,
        description = {"Serve the web dashboard: run, stream, compare and tune simulations in the browser, through a "
                + "JSON API (docs/dashboard.md).",
            "Listens on 127.0.0.1 unless --bind says otherwise; Ctrl-C stops it."})
public final class ServeCommand implements DipCommand, Callable<Integer> {

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface (the dashboard has no login). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String bind;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 for any free port. Default: ${DEFAULT-VALUE}.")
    private int port;

    @Option(names = "--max-jobs", paramLabel = "N", defaultValue = "4",
            description = "Jobs (simulations, studies, tunes) running at once; more are refused with HTTP 429. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int maxJobs;

    @Option(names = "--keep", paramLabel = "N", defaultValue = "50",
            description = "Jobs whose results are kept; the oldest finished ones beyond are deleted. "
                    + "Default: ${DEFAULT-VALUE}.")
    private int keep;

    @Option(names = "--max-runs", paramLabel = "N", defaultValue = "10000",
            description = "Most runs of one Monte Carlo study. Default: ${DEFAULT-VALUE}.")
    private int maxRuns;

    @Option(names = "--max-steps", paramLabel = "N", defaultValue = "10000000",
            description = "Most control steps (duration / dt) of one simulated run. Default: ${DEFAULT-VALUE}.")
    private long maxSteps;

    @Option(names = "--threads", paramLabel = "N",
            description = "Worker threads of one Monte Carlo study or tune. Default: the number of processors.")
    private Integer threads;

    @Mixin
    private CommonOptions common;

    @Spec
    private CommandSpec spec;

    @Override
    public String name() {
        return "serve";
    }

    @Override
    public Object command() {
        return new ServeCommand();
    }

    /** Starts the server; on failure deletes the job directory again. */
    private DashboardServer start(DipContext context, ServerLimits limits) {
        Dashboard dashboard;
        try {
            dashboard = new Dashboard(context.config(), context.registry(), limits,
                    Files.createTempDirectory("dip-serve-"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the job directory: " + e.getMessage(), e);
        }
        try {
            return DashboardServer.start(dashboard, bind, port);
        } catch (RuntimeException | Error e) {
            dashboard.close();
            throw e;
        }
    }

    @Override
    public Integer call() throws InterruptedException {
        ServerLimits limits = new ServerLimits(maxJobs, keep, maxRuns, maxSteps,
                threads != null ? threads : Runtime.getRuntime().availableProcessors());
        PrintWriter out = spec.commandLine().getOut();
        DipContext context = common.openContext();
        DashboardServer server;
        try {
            server = start(context, limits);
        } catch (RuntimeException | Error e) {
            context.close();
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
                context.close();
                out.println("dip serve: stopped");
                out.flush();
            } finally {
                stopped.countDown();
            }
        }, "dip-serve-stop"));
        String host = bind.contains(":") ? "[" + bind + "]" : bind;
        out.println("dip dashboard listening on http://" + host + ":" + server.port() + "/ (Ctrl-C stops it)");
        out.flush();
        stopped.await();
        return ExitCodes.OK;
    }
}
