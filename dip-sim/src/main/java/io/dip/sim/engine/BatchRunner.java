package io.dip.sim.engine;

import io.dip.sim.recording.RecorderFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;

/**
 * Runs scenarios on a fixed number of threads and hands back the results in input order.
 *
 * <p>Every run builds its own plant, nominal model, integrator and controller and is deterministic, so the results
 * are bit-identical whatever the number of threads. Runs already stop at their first failure (unless a scenario
 * says otherwise). A run that throws, while being set up or while stepping, is a result like any other: status
 * {@link StopStatus#ERROR} with the reason, and the batch goes on. A {@link Cancellation} stops the batch: running
 * scenarios end CANCELLED before their next step and the ones not started are returned as
 * {@link SimulationResult#notStarted}.
 *
 * <p>{@link #forEach} serves batches of any size in bounded memory: it builds and runs the scenarios in chunks of
 * {@link #CHUNK} and hands each chunk's results over in index order before building the next.
 */
public final class BatchRunner {

    /** Runs built and held at once by {@link #forEach}. */
    public static final int CHUNK = 1024;

    /** Receives the results of {@link #forEach}, in index order, on the calling thread. */
    @FunctionalInterface
    public interface ResultSink {
        /**
         * @param index  the run's index
         * @param result its result
         */
        void accept(int index, SimulationResult result);
    }

    private final int threads;

    /** @param threads worker threads, ≥ 1 */
    public BatchRunner(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.threads = threads;
    }

    /** @return a runner with one thread per available processor */
    public static BatchRunner allCores() {
        return new BatchRunner(Runtime.getRuntime().availableProcessors());
    }

    /** @return the number of worker threads */
    public int threads() {
        return threads;
    }

    /**
     * @param scenarios    the runs
     * @param recorders    creates the recorder of run i
     * @param cancellation stops the batch when set
     * @return one result per scenario, in input order
     */
    public List<SimulationResult> run(List<Scenario> scenarios, RecorderFactory recorders,
            Cancellation cancellation) {
        SimulationResult[] results = new SimulationResult[scenarios.size()];
        runChunk(0, results.length, scenarios::get, recorders, cancellation, results);
        return Arrays.asList(results);
    }

    /**
     * Runs {@code count} scenarios, built on the worker threads by {@code scenarioOf}, chunk by chunk: at most
     * {@link #CHUNK} scenarios and results are held at once, whatever {@code count}. Once {@code cancellation} is
     * set, the current chunk ends (its runs not started are handed over as {@link SimulationResult#notStarted})
     * and no further chunk starts.
     *
     * @param count        number of runs, ≥ 0
     * @param scenarioOf   builds the scenario of run i (from any thread; must depend on i only)
     * @param recorders    creates the recorder of run i
     * @param cancellation stops the batch when set
     * @param sink         receives each result, in index order, on the calling thread
     * @return the number of results handed over
     */
    public int forEach(int count, IntFunction<Scenario> scenarioOf, RecorderFactory recorders,
            Cancellation cancellation, ResultSink sink) {
        SimulationResult[] chunk = new SimulationResult[Math.min(CHUNK, Math.max(count, 0))];
        int delivered = 0;
        while (delivered < count && !cancellation.isCancelled()) {
            int size = Math.min(chunk.length, count - delivered);
            runChunk(delivered, size, scenarioOf, recorders, cancellation, chunk);
            for (int i = 0; i < size; i++) {
                sink.accept(delivered + i, chunk[i]);
                chunk[i] = null;
            }
            delivered += size;
        }
        return delivered;
    }

    /** Runs scenarios first..first+size−1 into results[0..size−1]. */
    private void runChunk(int first, int size, IntFunction<Scenario> scenarioOf, RecorderFactory recorders,
            Cancellation cancellation, SimulationResult[] results) {
        AtomicInteger next = new AtomicInteger();
        // a worker that dies (the JVM ran out of memory) stops its siblings, not the caller's flag
        Cancellation chunk = cancellation.child();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < size; i = next.getAndIncrement()) {
                results[i] = runOne(first + i, scenarioOf, recorders, chunk);
            }
        };
        int workers = Math.min(threads, size);
        if (workers <= 1) {
            worker.run();
        } else {
            runOnThreads(worker, workers, chunk);
        }
    }

    private static SimulationResult runOne(int index, IntFunction<Scenario> scenarioOf, RecorderFactory recorders,
            Cancellation cancellation) {
        Scenario scenario = scenarioOf.apply(index);
        if (cancellation.isCancelled()) {
            return SimulationResult.notStarted(scenario);
        }
        try {
            return SimulationEngine.run(scenario, recorders.create(index), cancellation);
        } catch (RuntimeException | Error e) {
            if (!RunErrors.isRunFailure(e)) {
                throw e;
            }
            return SimulationResult.failedToStart(scenario, e);
        }
    }

    private static void runOnThreads(Runnable worker, int workers, Cancellation cancellation) {
        List<Thread> pool = new ArrayList<>(workers);
        Throwable[] escaped = new Throwable[1];
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(worker, "dip-batch-" + w);
            thread.setDaemon(true);
            thread.setUncaughtExceptionHandler((t, e) -> {
                synchronized (escaped) {
                    if (escaped[0] == null) {
                        escaped[0] = e;
                    }
                }
                cancellation.cancel();
            });
            pool.add(thread);
            thread.start();
        }
        boolean interrupted = false;
        for (Thread thread : pool) {
            while (true) {
                try {
                    thread.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                    cancellation.cancel();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        synchronized (escaped) {
            if (escaped[0] instanceof RuntimeException e) {
                throw e;
            }
            if (escaped[0] instanceof Error e) {
                throw e;
            }
        }
    }
}
