package io.dip.cluster;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dip.sim.cluster.ClusterSettings;
import io.dip.sim.cluster.ClusterSettings.Address;
import io.dip.sim.cluster.StudyRecipe;
import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.montecarlo.MonteCarloReport;
import io.dip.sim.montecarlo.MonteCarloStudy;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.MonteCarloFactory;
import io.dip.sim.setup.ScenarioFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/** A small study with failures among its runs, free ports on 127.0.0.1, and reports compared without wall time. */
final class ClusterFixture {

    static final String CONTROLLER = "classical_smc";

    /** Progress of a cluster Monte Carlo study that nobody watches. */
    static final IntConsumer NO_PROGRESS = runs -> { };

    private ClusterFixture() {
    }

    /**
     * @param runs     runs of the study
     * @param duration run length (s)
     * @return the configuration: wide parameter and initial-state spreads, so that some runs fail
     */
    static DipConfig config(int runs, double duration) {
        return ConfigLoader.parse("seed: 7\n", "test", Map.of(
                "montecarlo.runs", Integer.toString(runs),
                "simulation.duration", Double.toString(duration),
                "montecarlo.initial_state_range", "[0.0, 0.4, 0.4, 0.0, 0.2, 0.0]"));
    }

    static StudyRecipe recipe(DipConfig config) {
        return new StudyRecipe(config.toYaml(), CONTROLLER, null);
    }

    static MonteCarloStudy study(DipConfig config) {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            return MonteCarloFactory.study(config, ScenarioFactory.baseScenario(config, registry, CONTROLLER, null));
        }
    }

    /** @return the local report of the study on {@code threads} threads, as JSON without the wall time */
    static ObjectNode local(MonteCarloStudy study, int threads) {
        return comparable(study.run(new BatchRunner(threads), new Cancellation()));
    }

    static ObjectNode comparable(MonteCarloReport report) {
        ObjectNode json = report.toJson(null);
        json.remove("wall_time_s");
        return json;
    }

    /** @return {@code count} ports free on 127.0.0.1 now */
    static List<Integer> freePorts(int count) {
        List<ServerSocket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                sockets.add(new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1")));
            }
            List<Integer> ports = new ArrayList<>();
            for (ServerSocket socket : sockets) {
                ports.add(socket.getLocalPort());
            }
            return ports;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            for (ServerSocket socket : sockets) {
                try {
                    socket.close();
                } catch (IOException e) {
                    // the port is released either way
                }
            }
        }
    }

    static ClusterSettings settings(String name, List<Integer> ports) {
        return new ClusterSettings(name, ports.stream().map(p -> new Address("127.0.0.1", p)).toList());
    }
}
