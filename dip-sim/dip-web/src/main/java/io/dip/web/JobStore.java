package io.dip.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * The jobs of one server: at most {@code maxJobs} run at once (a further one is refused, not queued), and at most
 * {@code keep} are held; beyond that the oldest finished job is evicted and its output directory deleted. Memory is
 * therefore bounded by {@code keep} jobs' summaries and in-memory trajectories (each at most
 * {@value io.dip.sim.engine.ResultJsonWriter#DEFAULT_TRAJECTORY_LIMIT} rows), whatever the number of requests.
 */
final class JobStore implements AutoCloseable {

    private static final long STOP_WAIT_SECONDS = 10;

    private final int maxJobs;
    private final int keep;
    private final Path root;
    private final ExecutorService workers;
    private final AtomicLong sequence = new AtomicLong();
    private final Map<String, Job> jobs = new LinkedHashMap<>();
    private int running;

    /**
     * @param maxJobs the most jobs running at once, ≥ 1
     * @param keep    the most jobs held, ≥ maxJobs
     * @param root    the directory under which each job gets its output directory (created; deleted on close)
     */
    JobStore(int maxJobs, int keep, Path root) {
        if (maxJobs < 1 || keep < maxJobs) {
            throw new IllegalArgumentException("need 1 <= max jobs <= kept jobs, got " + maxJobs + " and " + keep);
        }
        this.maxJobs = maxJobs;
        this.keep = keep;
        this.root = root;
        this.workers = Executors.newFixedThreadPool(maxJobs, runnable -> {
            Thread thread = new Thread(runnable, "dip-web-job");
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * @param kind    the id's prefix, e.g. {@code sim}
     * @param factory creates the job from its id and output directory
     * @return the job, started
     * @throws TooManyJobsException when {@code maxJobs} jobs are running
     */
    Job start(String kind, Function<String, Job> factory) {
        Job job;
        synchronized (this) {
            if (running >= maxJobs) {
                throw new TooManyJobsException(maxJobs);
            }
            String id = kind + "-" + sequence.incrementAndGet();
            job = factory.apply(id);
            running++;
            jobs.put(id, job);
            evict();
        }
        workers.execute(() -> {
            try {
                job.run();
            } finally {
                finished();
            }
        });
        return job;
    }

    /**
     * @param id the job's id
     * @return the directory of the job with that id
     */
    Path directoryOf(String id) {
        return root.resolve(id);
    }

    /**
     * @param kind the API kind asked for, e.g. {@code simulations}
     * @param id   the id
     * @return the job
     * @throws NotFoundException when no job of that kind has that id (never started, or evicted)
     */
    synchronized Job get(String kind, String id) {
        Job job = jobs.get(id);
        if (job == null || !job.kind().equals(kind)) {
            throw new NotFoundException("no " + kind + " job '" + id + "' on this server (the last " + keep
                    + " jobs are kept; see dip serve --keep)");
        }
        return job;
    }

    /** @return the jobs held, oldest first */
    synchronized List<Job> all() {
        return new ArrayList<>(jobs.values());
    }

    private synchronized void finished() {
        running--;
        evict();
    }

    /** Drops the oldest finished jobs beyond {@code keep}. */
    private void evict() {
        Iterator<Job> oldestFirst = jobs.values().iterator();
        while (jobs.size() > keep && oldestFirst.hasNext()) {
            Job job = oldestFirst.next();
            if (job.status().isFinal()) {
                oldestFirst.remove();
                job.deleteOutputs();
            }
        }
    }

    /** Cancels every job, waits briefly for them to stop, and deletes every output. */
    @Override
    public void close() {
        List<Job> held = all();
        held.forEach(Job::cancel);
        workers.shutdown();
        try {
            workers.awaitTermination(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        held.forEach(Job::deleteOutputs);
        try {
            Files.deleteIfExists(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
