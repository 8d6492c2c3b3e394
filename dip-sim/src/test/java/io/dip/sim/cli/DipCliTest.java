package io.dip.sim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.sim.config.ConfigLoader;
import io.dip.sim.config.DipConfig;
import io.dip.sim.testing.PluginJarBuilder;
import io.dip.sim.testing.PluginSources;
import io.dip.api.ControllerProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs the CLI in-process with captured output. */
class DipCliTest {

    @TempDir
    Path temp;

    private static void assertOneErrorLine(CliRun result, int exit, String expected) {
        assertEquals(exit, result.exit(), result.toString());
        assertEquals(List.of("dip: " + expected), result.errLines(), result.toString());
    }

    @Test
    void versionComesFromTheBuild() {
        CliRun result = CliRun.of("--version");
        assertEquals(0, result.exit());
        assertEquals("dip 0.1.0-SNAPSHOT", result.out().lines().findFirst().orElseThrow());
    }

    @Test
    void everyCommandHasHelp() {
        List<String> commands = new ArrayList<>();
        collect(DipCli.commandLine(), commands);
        assertTrue(commands.containsAll(List.of("dip plugins", "dip config", "dip config show", "dip config check",
                "dip fixture")), commands.toString());
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
            args.add("--help");
            CliRun result = CliRun.of(args.toArray(String[]::new));
            assertEquals(0, result.exit(), command);
            assertTrue(result.out().startsWith("Usage: " + command), command + ": " + result.out());
        }
    }

    @Test
    void aCommandNamedAfterDipsOwnOptionsIsBuiltAlone() {
        assertEquals(List.of("simulate"), commands(DipCli.commandLine("simulate", "--duration", "0.001")));
        assertEquals(List.of("plugins"), commands(DipCli.commandLine("--verbose", "plugins")));
        assertEquals(List.of("config"), commands(DipCli.commandLine("config", "show")));
        List<String> all = commands(DipCli.commandLine());
        assertEquals(List.of("plugins", "config"), all.subList(0, 2));
        assertTrue(all.containsAll(List.of("simulate", "tune", "fixture")), all.toString());
        assertEquals(all, commands(DipCli.commandLine("--help")));
        assertEquals(all, commands(DipCli.commandLine("no-such-command", "simulate")));
        assertEquals(all, commands(DipCli.commandLine("--verbose")));
    }

    @Test
    void aCommandBuiltAloneHasTheHelpOfTheWholeTree() {
        List<String> commands = new ArrayList<>();
        collect(DipCli.commandLine(), commands);
        for (String command : commands) {
            List<String> args = new ArrayList<>(List.of(command.split(" ")).subList(1, command.split(" ").length));
            args.add("--help");
            String[] help = args.toArray(String[]::new);
            assertEquals(usage(DipCli.commandLine(), help), usage(DipCli.commandLine(help), help), command);
        }
    }

    private static List<String> commands(CommandLine line) {
        return List.copyOf(line.getSubcommands().keySet());
    }

    private static String usage(CommandLine line, String[] args) {
        StringWriter out = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        assertEquals(0, line.execute(args), String.join(" ", args));
        return out.toString();
    }

    private static void collect(CommandLine line, List<String> into) {
        into.add(line.getCommandSpec().qualifiedName());
        line.getSubcommands().values().forEach(sub -> collect(sub, into));
    }

    @Test
    void pluginsListsProvidersWithSourcesAndGains() {
        CliRun result = CliRun.of("plugins");
        assertEquals(0, result.exit(), result.err());
        String out = result.out();
        assertTrue(out.startsWith("KIND"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("controller\\s+fixture_feedback\\s+fixture_fb\\s+classpath\\s+"
                + "state feedback u = -k\\.x for tests")), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("dynamics\\s+fixture_point_mass\\s+fixture_pm\\s+classpath\\s+.*")),
                out);
        assertTrue(out.lines().anyMatch(l -> l.matches("integrator\\s+fixture_euler\\s+-\\s+classpath, module "
                + "io\\.dip\\.sim\\.testing\\.FixtureIntegratorModule\\s+explicit Euler for tests")), out);
        assertTrue(out.contains("Gains of controller fixture_feedback:"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("\\s+k_theta1\\s+1\\s+0\\s+10\\s+gain on theta1")), out);
    }

    @Test
    void pluginsShowsAJarFromThePluginsDirectory() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("plugins"));
        new PluginJarBuilder("acme.jar")
                .source("com.acme.AcmeProvider", PluginSources.controllerProvider("com.acme.AcmeProvider",
                        "acme_smc", "acme", ""))
                .service(ControllerProvider.class, "com.acme.AcmeProvider").writeTo(dir);
        CliRun result = CliRun.of("plugins", "--plugins", dir.toString());
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().lines().anyMatch(l -> l.matches("controller\\s+acme_smc\\s+acme\\s+acme\\.jar\\s+.*")),
                result.out());
        assertTrue(result.out().contains("Gains of controller acme_smc:"), result.out());
    }

    @Test
    void anUnknownPluginsDirectoryIsAUsageError() {
        Path missing = temp.resolve("no-such-dir");
        assertOneErrorLine(CliRun.of("plugins", "--plugins", missing.toString()), ExitCodes.USAGE,
                "plugins directory " + missing + " does not exist");
    }

    @Test
    void verboseAddsTheStackTrace() {
        CliRun result = CliRun.of("--verbose", "plugins", "--plugins", temp.resolve("none").toString());
        assertEquals(ExitCodes.USAGE, result.exit());
        assertTrue(result.errLines().size() > 1, result.err());
        assertTrue(result.err().contains("at io.dip.sim.runtime."), result.err());
        CliRun after = CliRun.of("plugins", "--verbose", "--plugins", temp.resolve("none").toString());
        assertTrue(after.err().contains("at io.dip.sim.runtime."), after.err());
    }

    @Test
    void configShowPrintsTheEffectiveConfigurationAsLoadableYaml() throws Exception {
        Path file = Files.writeString(temp.resolve("run.yaml"), """
                seed: 5
                simulation: {duration: 3.0, integrator: rk45, integrator_options: {atol: 1.0e-9}}
                controllers:
                  sta_smc: {gains: [1, 2, 3, 4, 5, 6], boundary_layer: 0.02}
                disturbances:
                  - {type: white_noise, std: 0.5, bandwidth: 20, seed: 3}
                """);
        CliRun result = CliRun.of("config", "show", "--config", file.toString(), "--set", "simulation.dt=0.002",
                "--set", "simulation.initial_state=[0, 0.2, 0, 0, 0, 0]");
        assertEquals(0, result.exit(), result.err());
        assertTrue(result.out().startsWith("# effective dip configuration: built-in defaults, then " + file
                + ", then 2 --set override(s)\n"), result.out());
        Map<String, String> overrides = new LinkedHashMap<>();
        overrides.put("simulation.dt", "0.002");
        overrides.put("simulation.initial_state", "[0, 0.2, 0, 0, 0, 0]");
        DipConfig expected = ConfigLoader.load(file, overrides);
        assertEquals(expected, ConfigLoader.parse(result.out(), "output", Map.of()));
        assertEquals(0.002, expected.simulation().dt());
        assertEquals(5, expected.seed());
    }

    @Test
    void aBadConfigurationKeyIsOneLineNamingTheDottedPath() throws Exception {
        Path file = Files.writeString(temp.resolve("bad.yaml"), "simulation:\n  duration: 2.0\n  dtt: 0.01\n");
        assertOneErrorLine(CliRun.of("config", "show", "--config", file.toString()), ExitCodes.USAGE,
                "unknown key simulation.dtt (allowed: dt, duration, initial_state, integrator, integrator_options, "
                + "max_force, nominal_model, plant, record_limit, sample_every, stop_on_failure, track_limit) (in "
                + file + ", line 3)");
    }

    @Test
    void aBadOverrideIsOneLine() {
        assertOneErrorLine(CliRun.of("config", "show", "--set", "pso.w=2"), ExitCodes.USAGE,
                "pso.w must be >= 0 and <= 1, got 2.0 (from override pso.w)");
    }

    @Test
    void configCheckAcceptsInstalledProvidersAndRejectsUnknownOnes() throws Exception {
        Path file = Files.writeString(temp.resolve("ok.yaml"), """
                simulation: {plant: fixture_point_mass, nominal_model: fixture_pm, integrator: fixture_euler}
                controllers:
                  fixture_feedback: {gains: [1, 1, 1, 1, 1, 1]}
                """);
        CliRun ok = CliRun.of("config", "check", "--config", file.toString());
        assertEquals(0, ok.exit(), ok.err());
        assertEquals("configuration OK (" + file + "): plant fixture_point_mass, nominal model fixture_point_mass, "
                + "integrator fixture_euler, 1 configured controller(s), 0 disturbance(s)", ok.out().strip());

        CliRun unknown = CliRun.of("config", "check", "--config", file.toString(), "--set", "simulation.plant=warp");
        assertEquals(ExitCodes.USAGE, unknown.exit());
        assertEquals(1, unknown.errLines().size(), unknown.err());
        assertTrue(unknown.err().startsWith("dip: simulation.plant: unknown dynamics model 'warp'; available: "),
                unknown.err());
        assertTrue(unknown.err().strip().endsWith("(in " + file + ")"), unknown.err());
    }

    @Test
    void aDiscoveredCommandRunsWithTheCommonOptions() {
        CliRun result = CliRun.of("fixture", "--set", "simulation.plant=fixture_point_mass", "--set",
                "simulation.nominal_model=fixture_point_mass", "--set", "simulation.integrator=fixture_euler");
        assertEquals(0, result.exit(), result.err());
        assertEquals("plant fixture_point_mass", result.out().strip());
    }

    @Test
    void runtimeFailuresExitWithOne() {
        assertOneErrorLine(CliRun.of("fixture", "--fail"), ExitCodes.RUNTIME_FAILURE, "the run diverged at t = 1.5 s");
        CliRun crash = CliRun.of("fixture", "--crash");
        assertEquals(ExitCodes.RUNTIME_FAILURE, crash.exit());
        assertEquals(1, crash.errLines().size(), crash.err());
        assertTrue(crash.err().startsWith("dip: internal error: NullPointerException: "), crash.err());
        assertTrue(crash.err().strip().endsWith("(run with --verbose for the stack trace)"), crash.err());
    }

    @Test
    void badFlagsAndMissingCommandsAreUsageErrors() {
        assertOneErrorLine(CliRun.of("plugins", "--bogus"), ExitCodes.USAGE,
                "Unknown option: '--bogus' (see 'dip plugins --help')");
        CliRun none = CliRun.of();
        assertEquals(ExitCodes.USAGE, none.exit());
        assertTrue(none.err().startsWith("dip: no command given; choose one of: "), none.err());
        assertTrue(none.err().contains("plugins") && none.err().contains("fixture"), none.err());
        assertOneErrorLine(CliRun.of("config"), ExitCodes.USAGE,
                "choose one of: show, check (see 'dip config --help')");
    }
}
