package io.dip.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.montecarlo.RunRowsFile;
import io.dip.sim.recording.RecorderFactory;
import io.dip.sim.tuning.TuningReport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two {@code dip worker} processes on 127.0.0.1; one is killed (as kill -9) while a Monte Carlo study or a tuning
 * runs, and the report and the rows file, or the tuning result, are still those of the local run.
 */
class WorkerProcessTest {

    @TempDir
    Path directory;

    @Test
    void aWorkerKilledMidStudyLosesNothing() throws Exception {
        System.setProperty(HazelcastSettings.START_TIMEOUT_PROPERTY, "30");
        ClusterSettings cluster = ClusterFixture.settings("dip-kill-" + ProcessHandle.current().pid(),
                ClusterFixture.freePorts(2));
        DipConfig config = ClusterFixture.config(400, 2.0);
        MonteCarloStudy study = ClusterFixture.study(config);
        Path localRows = directory.resolve("local.csv");
        ObjectNode local;
        try (RunRowsFile rows = new RunRowsFile(localRows)) {
            local = ClusterFixture.comparable(study.run(new BatchRunner(2), RecorderFactory.none(),
                    new Cancellation(), rows));
        }
        List<WorkerProcess> workers = new ArrayList<>();
        Path clusterRows = directory.resolve("cluster.csv");
        try {
            startWorkers(cluster, workers);
            RunRowsFile rows = new RunRowsFile(clusterRows);
            CompletableFuture<MonteCarloReport> report = CompletableFuture.supplyAsync(() -> {
                try (rows) {
                    return new HazelcastStudyCluster().monteCarlo(cluster, ClusterFixture.recipe(config), null, study,
                            new Cancellation(), rows, ClusterFixture.NO_PROGRESS);
                }
            });
            awaitFirstRows(report);
            assertFalse(report.isDone(), "the study is still running when the worker is killed");
            workers.get(0).kill();
            assertEquals(local, ClusterFixture.comparable(report.get(120, TimeUnit.SECONDS)));
            assertEquals(Files.readAllLines(localRows), Files.readAllLines(clusterRows));
        } finally {
            stop(workers);
        }
    }

    /**
     * The tuning of {@link TuningFixture} with longer runs, so that a batch of gain vectors takes a while; one worker
     * is killed during the second iteration's batch, and the result is still the local one.
     */
    @Test
    void aWorkerKilledMidTuningLosesNothing() throws Exception {
        System.setProperty(HazelcastSettings.START_TIMEOUT_PROPERTY, "30");
        ClusterSettings cluster = ClusterFixture.settings("dip-kill-tune-" + ProcessHandle.current().pid(),
                ClusterFixture.freePorts(2));
        TuningFixture tuning = new TuningFixture("3.0");
        TuningReport local = tuning.local(2);
        List<WorkerProcess> workers = new ArrayList<>();
        try {
            startWorkers(cluster, workers);
            AtomicReference<Thread> killer = new AtomicReference<>();
            AtomicBoolean finished = new AtomicBoolean();
            AtomicBoolean killedWhileRunning = new AtomicBoolean();
            TuningReport report = tuning.on(new HazelcastStudyCluster(), cluster, (iteration, of, best, evals) -> {
                if (iteration == 1) {
                    Thread kill = new Thread(() -> {
                        try {
                            Thread.sleep(KILL_DELAY_MILLIS);
                            killedWhileRunning.set(!finished.get());
                            workers.get(0).kill();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
                    killer.set(kill);
                    kill.start();
                }
            });
            finished.set(true);
            killer.get().join();
            assertTrue(killedWhileRunning.get(), "the tuning was still running when the worker was killed");
            TuningFixture.assertSameResult(local, report, "tuning with a worker killed");
        } finally {
            stop(workers);
        }
    }

    /** Delay from the end of the first iteration to the kill, well within the second iteration's batch (ms). */
    private static final long KILL_DELAY_MILLIS = 40;

    private static void startWorkers(ClusterSettings cluster, List<WorkerProcess> workers) throws InterruptedException {
        for (var member : cluster.members()) {
            workers.add(WorkerProcess.start(cluster, member));
        }
        for (WorkerProcess worker : workers) {
            worker.awaitJoined();
        }
    }

    private static void stop(List<WorkerProcess> workers) throws InterruptedException {
        for (WorkerProcess worker : workers) {
            worker.close();
        }
        System.clearProperty(HazelcastSettings.START_TIMEOUT_PROPERTY);
    }

    /** Waits until the cluster's rows file has rows beyond its header, i.e. the first task has been folded. */
    private void awaitFirstRows(CompletableFuture<MonteCarloReport> report) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && !report.isDone()) {
            try (Stream<Path> files = Files.list(directory)) {
                if (files.filter(f -> f.getFileName().toString().startsWith("cluster.csv"))
                        .anyMatch(f -> f.toFile().length() > 4096)) {
                    return;
                }
            }
            Thread.sleep(20);
        }
        if (report.isDone()) {
            report.get();
        }
        assertTrue(false, "no run was folded within 120 s");
    }
}
