package io.dip.hil;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.nio.channels.DatagramChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code dip hil} commands end to end: two processes through {@code dip hil run}, and bad input. */
class HilCommandTest {

    @TempDir
    Path dir;

    @Test
    void hilRunInTwoProcessesRecordsTheTrajectoryOfSimulate() throws Exception {
        Path hil = dir.resolve("hil.csv");
        Path sim = dir.resolve("sim.csv");
        Path json = dir.resolve("hil.json");
        Cli run = Cli.run("hil", "run", "--duration", "0.5", "--seed", "3", "--csv", hil.toString(), "--json",
                json.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        Cli simulate = Cli.run("simulate", "--duration", "0.5", "--seed", "3", "--csv", sim.toString());
        assertEquals(0, simulate.exit(), simulate.err());
        assertArrayEquals(Files.readAllBytes(sim), Files.readAllBytes(hil), "the CSV files must be identical");
        assertTrue(run.out().contains("round trip p50 (µs)"), run.out());
        assertTrue(run.out().contains("packets lost"), run.out());
        assertTrue(run.out().contains("deadline misses") && run.out().contains("0 / 500"), run.out());
        assertTrue(run.out().contains("plant | hil plant: listening on 127.0.0.1:"), run.out());
        assertTrue(run.out().lines().anyMatch(l -> l.startsWith("plant | hil plant: ")
                && l.endsWith(" after 500 periods (0.500 s of plant time)")), run.out());
        assertTrue(run.out().contains("plant |   commands: accepted 500, duplicate "), "one step per period, however "
                + "many repeats a slow round trip caused: " + run.out());
        String document = Files.readString(json);
        assertTrue(document.contains("\"hil\"") && document.contains("\"round_trip_p99_ns\""), document);
    }

    @Test
    void hilRunInRealTimePacesBothEnds() {
        Cli run = Cli.run("hil", "run", "--mode", "realtime", "--duration", "0.3", "--inject", "loss=0.05,seed=2");
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("period overruns"), "the controller is paced: " + run.out());
        assertTrue(run.out().contains("plant | hil plant: listening on 127.0.0.1:")
                && run.out().contains("(realtime, dt 0.001 s"), run.out());
        assertTrue(run.out().contains("plant |   watchdog: "), run.out());
    }

    @Test
    void aControllerRunsAgainstAnyInstalledDriver() throws Exception {
        Path rig = dir.resolve("rig.csv");
        Path sim = dir.resolve("sim.csv");
        Cli run = Cli.run("hil", "controller", "--driver", "sim_rig", "--driver-option", "delay_steps=0",
                "--duration", "0.2", "--csv", rig.toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(0, Cli.run("simulate", "--duration", "0.2", "--csv", sim.toString()).exit());
        assertArrayEquals(Files.readAllBytes(sim), Files.readAllBytes(rig), "a rig without delay or noise is the "
                + "simulated plant");
        assertTrue(run.out().contains("driver steps") && run.out().contains("200"), run.out());
        Cli delayed = Cli.run("hil", "controller", "--driver", "simulated_rig", "--driver-option", "delay_steps=-1");
        assertEquals(2, delayed.exit());
        assertTrue(delayed.err().contains("hil.simulated_rig.delay_steps"), delayed.err());
    }

    @Test
    void pluginsListsTheHardwareDrivers() {
        Cli plugins = Cli.run("plugins");
        assertEquals(0, plugins.exit(), plugins.err());
        assertTrue(plugins.out().lines().anyMatch(l -> l.startsWith("driver") && l.contains("simulated_rig")),
                plugins.out());
        assertTrue(plugins.out().lines().anyMatch(l -> l.startsWith("driver") && l.contains("udp_link")),
                plugins.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "plant --bind localhost",
        "plant --bind 127.0.0.1:70000",
        "plant --mode fast",
        "plant --watchdog 0",
        "plant --inject loss=2",
        "plant --inject los=0.1",
        "plant --inject delay=fast",
        "plant --inject burst=0.1",
        "controller",
        "controller --plant 127.0.0.1",
        "controller --plant 127.0.0.1:9 --timeout -1",
        "controller --plant 127.0.0.1:9 --inject dup",
        "run --inject corrupt=-0.1",
        "run --mode sometimes"})
    void badInputIsOneLineAndExitCode2(String arguments) {
        String[] args = ("hil " + arguments).split(" ");
        Cli cli = Cli.run(args);
        assertEquals(2, cli.exit(), cli.out() + cli.err());
        assertEquals(1, cli.err().lines().count(), cli.err());
        assertTrue(cli.err().startsWith("dip: "), cli.err());
    }

    @Test
    void aPortInUseIsOneLineAndExitCode2() throws Exception {
        try (DatagramChannel taken = DatagramChannel.open()) {
            taken.bind(new InetSocketAddress("127.0.0.1", 0));
            int port = ((InetSocketAddress) taken.getLocalAddress()).getPort();
            Cli plant = Cli.run("hil", "plant", "--bind", "127.0.0.1:" + port, "--duration", "0.01");
            assertEquals(2, plant.exit(), plant.out() + plant.err());
            assertEquals(1, plant.err().lines().count(), plant.err());
            assertTrue(plant.err().contains("127.0.0.1:" + port) && plant.err().contains("cannot bind"), plant.err());
            Cli controller = Cli.run("hil", "controller", "--plant", "127.0.0.1:9", "--bind", "127.0.0.1:" + port);
            assertEquals(2, controller.exit(), controller.out() + controller.err());
            assertTrue(controller.err().contains("cannot bind"), controller.err());
        }
    }
}
