package io.dip.sim.engine;

import io.dip.sim.recording.RecorderFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs a list of scenarios on a fixed number of threads and returns the results in input order.
 *
 * <p>Every run builds its own plant, nominal model, integrator and controller and is deterministic, so the results
 * are bit-identical whatever the number of threads. Runs already stop at their first failure (unless a scenario
 * says otherwise). A {@link Cancellation} stops the batch: running scenarios end CANCELLED before their next step
 * and the ones not started are returned as {@link SimulationResult#notStarted}. When a run throws, the rest of the
 * batch is cancelled and a {@link BatchRunException} names the first failing scenario (lowest index).
 */
public final class BatchRunner {

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
     * @param cancellation stops the batch when set (a failing run sets a child of it, not it)
     * @return one result per scenario, in input order
     * @throws BatchRunException when a run throws
     */
    public List<SimulationResult> run(List<Scenario> scenarios, RecorderFactory recorders,
            Cancellation cancellation) {
        int n = scenarios.size();
        SimulationResult[] results = new SimulationResult[n];
        Throwable[] failures = new Throwable[n];
        Cancellation batch = cancellation.child();
        AtomicInteger nextIndex = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = nextIndex.getAndIncrement(); i < n; i = nextIndex.getAndIncrement()) {
                Scenario scenario = scenarios.get(i);
                if (batch.isCancelled()) {
                    results[i] = SimulationResult.notStarted(scenario);
                    continue;
                }
                try {
                    results[i] = SimulationEngine.run(scenario, recorders.create(i), batch);
                } catch (RuntimeException | Error e) {
                    failures[i] = e;
                    batch.cancel();
                }
            }
        };
        int workers = Math.min(threads, n);
        if (workers <= 1) {
            worker.run();
        } else {
            runOnThreads(worker, workers, batch);
        }
        throwFirstFailure(scenarios, failures);
        return Arrays.asList(results);
    }

    /**
     * Runs the scenarios without recording: the cheap path for tuning.
     *
     * @param scenarios    the runs
     * @param cancellation stops the batch when set
     * @return the cost J of each scenario, in input order (NaN for a cancelled run)
     */
    public double[] costs(List<Scenario> scenarios, Cancellation cancellation) {
        List<SimulationResult> results = run(scenarios, RecorderFactory.none(), cancellation);
        double[] costs = new double[results.size()];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = results.get(i).cost();
        }
        return costs;
    }

    private static void runOnThreads(Runnable worker, int workers, Cancellation batch) {
        List<Thread> pool = new ArrayList<>(workers);
        for (int w = 0; w < workers; w++) {
            Thread thread = new Thread(worker, "dip-batch-" + w);
            thread.setDaemon(true);
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
                    batch.cancel();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static void throwFirstFailure(List<Scenario> scenarios, Throwable[] failures) {
        BatchRunException first = null;
        for (int i = 0; i < failures.length; i++) {
            if (failures[i] == null) {
                continue;
            }
            if (first == null) {
                first = new BatchRunException(i, scenarios.get(i).name(), failures[i]);
            } else {
                first.addSuppressed(failures[i]);
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
