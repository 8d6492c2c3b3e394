package io.dip.web;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.recording.JsonFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * One piece of work started through the API — a simulation, a Monte Carlo study or a tune — run on a worker thread
 * of the {@link JobStore}. It publishes its progress to an {@link EventFeed}, writes its outputs into its own
 * directory, and ends with an {@link ServerEvent#END} event carrying its {@link #statusJson() status}.
 */
abstract class Job {

    /** The output formats of every job. */
    static final Set<String> OUTPUTS = Set.of("csv", "json", "png");

    private final String kind;
    private final String id;
    private final Path directory;
    private final EventFeed feed = new EventFeed();
    private final Cancellation cancellation = new Cancellation();
    private volatile JobStatus status = JobStatus.QUEUED;
    private volatile String error;
    private volatile ObjectNode summary;

    /**
     * @param kind      the API kind: {@code simulations}, {@code montecarlo} or {@code tune}
     * @param id        the job's id, unique on the server
     * @param directory where its outputs go (created when the job runs)
     */
    Job(String kind, String id, Path directory) {
        this.kind = kind;
        this.id = id;
        this.directory = directory;
    }

    /** @return the API kind: {@code simulations}, {@code montecarlo} or {@code tune} */
    final String kind() {
        return kind;
    }

    /**
     * Does the work, publishing progress on {@link #feed()} and writing outputs into {@link #directory()}.
     *
     * @throws Exception when the job cannot complete; its one-line message becomes the job's error
     */
    protected abstract void execute() throws Exception;

    /** @return the job's results (null before {@link #summarise}), for the status document */
    protected ObjectNode summary() {
        return summary;
    }

    /** @param results the job's results, shown from now on by {@link #statusJson()} */
    protected final void summarise(ObjectNode results) {
        summary = results;
    }

    /**
     * @param format {@code csv}, {@code json} or {@code png}
     * @param metric for a study's histogram: the measure's key, or null for the default
     * @return the output file of a finished job, written now when it is made on first request
     * @throws IllegalArgumentException for an unknown format or metric
     */
    protected abstract Path write(String format, String metric);

    /**
     * @param format {@code csv}, {@code json} or {@code png}
     * @param metric for a study's histogram: the measure's key, or null for the default
     * @return the output file
     * @throws IllegalArgumentException for another format, or an unknown metric
     * @throws IllegalStateException    when the job has not finished, or failed
     */
    final synchronized Path output(String format, String metric) {
        if (!OUTPUTS.contains(format)) {
            throw new IllegalArgumentException(kind() + " results are result.csv, result.json and result.png, not "
                    + "result." + format);
        }
        if (status == JobStatus.FAILED) {
            throw new IllegalStateException(kind() + " " + id + " failed (" + error + "): it has no " + format);
        }
        if (status != JobStatus.DONE) {
            throw new IllegalStateException(kind() + " " + id + " is " + status.name().toLowerCase(Locale.ROOT)
                    + "; its " + format + " is ready when it is done");
        }
        return write(format, metric);
    }

    /** Runs the job on the calling thread; never throws. */
    final void run() {
        status = JobStatus.RUNNING;
        try {
            Files.createDirectories(directory);
            execute();
            status = JobStatus.DONE;
        } catch (Exception | Error e) {
            error = ErrorLine.of(e);
            status = JobStatus.FAILED;
        } finally {
            feed.publish(new ServerEvent(ServerEvent.END, statusJson().toString()));
        }
    }

    /** Asks the job to stop soon; a stopped simulation or study keeps what it computed. */
    void cancel() {
        cancellation.cancel();
    }

    /** @return the flag the job's runs poll */
    final Cancellation cancellation() {
        return cancellation;
    }

    /** @return the job's id */
    final String id() {
        return id;
    }

    /** @return the job's output directory */
    final Path directory() {
        return directory;
    }

    /** @return the job's event feed */
    final EventFeed feed() {
        return feed;
    }

    /** @return where the job is */
    final JobStatus status() {
        return status;
    }

    /**
     * @return {@code {"id", "kind", "status", "error", "summary"}}; error is null unless FAILED, summary is null
     *         until there is one
     */
    final ObjectNode statusJson() {
        ObjectNode node = JsonFiles.mapper().createObjectNode();
        node.put("id", id);
        node.put("kind", kind());
        node.put("status", status.name());
        node.put("error", error);
        node.set("summary", summary());
        return node;
    }

    /** Deletes the output directory and everything in it. */
    final void deleteOutputs() {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + directory, e);
        }
    }
}
