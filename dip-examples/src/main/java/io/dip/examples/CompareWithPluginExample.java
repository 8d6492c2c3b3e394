package io.dip.examples;

import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.recording.NullRecorder;
import io.dip.sim.runtime.PluginRegistry;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Runs the same 10 s balancing scenario (full plant, rk4, dt = 1 ms, x0 = [0, 0.1, −0.05, 0, 0, 0]) with a built-in
 * sliding-mode controller and with the example plugin's state feedback, found by name through the plugin
 * registry, and prints status, ISE and final angles.
 *
 * <p>Run: {@code mvn -q -pl dip-examples -am package -DskipTests} then
 * {@code java -cp "dip-examples/target/classes:dip-bench/target/dip.jar" io.dip.examples.CompareWithPluginExample}.
 */
public final class CompareWithPluginExample {

    /** Controllers compared by {@link #main}. */
    public static final List<String> CONTROLLERS = List.of("classical_smc", "state_feedback");

    private CompareWithPluginExample() {
    }

    /** @param args ignored */
    public static void main(String[] args) {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            for (String name : CONTROLLERS) {
                print(run(registry, name), System.out);
            }
        }
    }

    /**
     * @param registry where the providers are looked up
     * @param name     controller name or alias
     * @return the result of the example scenario with that controller and its default gains
     */
    public static SimulationResult run(PluginRegistry registry, String name) {
        Scenario scenario = Scenario.builder()
                .plant(registry.dynamics("full"), PhysicalParameters.DEFAULTS)
                .integrator(registry.integrator("rk4"), Options.empty("simulation.integrator_options"))
                .controller(registry.controller(name), null, Options.empty("controllers." + name))
                .initialState(0.0, 0.1, -0.05, 0.0, 0.0, 0.0)
                .duration(10.0)
                .dt(0.001)
                .build();
        return SimulationEngine.run(scenario, NullRecorder.INSTANCE);
    }

    private static void print(SimulationResult result, PrintStream out) {
        double[] end = result.metrics().finalState();
        out.printf(Locale.ROOT, "%-16s %-10s ISE %.5f  final theta1 %+.5f rad  theta2 %+.5f rad%n",
                result.scenario().name(), result.status(), result.metrics().stateError(), end[1], end[2]);
    }
}
