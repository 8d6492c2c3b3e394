package io.dip.sim.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each bad configuration fails with one message naming the dotted path, the rule and the file line. */
class ConfigErrorsTest {

    static Stream<Arguments> badConfigurations() {
        return Stream.of(
            Arguments.of("simulation:\n  dt: -0.1\n",
                "simulation.dt must be > 0 and <= 1, got -0.1 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  dt: 2\n", "simulation.dt must be > 0 and <= 1, got 2.0 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  duration: 0.5\n  dt: 0.75\n",
                "simulation.dt must be <= simulation.duration (0.5), got 0.75 (in dip.yaml, line 3)"),
            Arguments.of("simulation:\n  dt: fast\n", "simulation.dt must be a number, got 'fast' (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  dt: .nan\n",
                "simulation.dt must be a finite number > 0 and <= 1, got NaN (in dip.yaml, line 2)"),
            Arguments.of("seed: 1\nsimulaton:\n  dt: 0.1\n", "unknown key simulaton (allowed: controllers, cost_function, "
                + "disturbances, montecarlo, physics, physics_uncertainty, pso, seed, sensor, simulation) "
                + "(in dip.yaml, line 2)"),
            Arguments.of("simulation: {dtt: 0.1}\n", "unknown key simulation.dtt (allowed: dt, duration, initial_state, "
                + "integrator, integrator_options, max_force, nominal_model, plant, record_limit, sample_every, "
                + "stop_on_failure, track_limit) (in dip.yaml, line 1)"),
            Arguments.of("simulation:\n  initial_state: [0, 0.1, 0, 0, 0]\n",
                "simulation.initial_state must hold 6 numbers, got 5 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  initial_state:\n    - 0\n    - 0.1\n    - x\n    - 0\n    - 0\n    - 0\n",
                "simulation.initial_state[2] must be a number, got 'x' (in dip.yaml, line 5)"),
            Arguments.of("simulation:\n  initial_state: 0.1\n",
                "simulation.initial_state must be a list of numbers, got 0.1 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  stop_on_failure: maybe\n",
                "simulation.stop_on_failure must be true or false, got 'maybe' (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  plant: 5\n", "simulation.plant must be a name, got 5 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  sample_every: 0\n",
                "simulation.sample_every must be an integer >= 1, got 0 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  record_limit: 1.5\n",
                "simulation.record_limit must be an integer, got 1.5 (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  max_force:\n", "simulation.max_force must be a number, got no value "
                + "(in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  integrator_options: {atol: }\n",
                "simulation.integrator_options.atol has no value (in dip.yaml, line 2)"),
            Arguments.of("simulation:\n  dt: 0.1\n  dt: 0.2\n", "simulation.dt is given twice (in dip.yaml, line 3)"),
            Arguments.of("physics:\n  pendulum1_mass: -1\n",
                "physics.pendulum1_mass must be finite and > 0, got -1.0 (in dip.yaml, line 2)"),
            Arguments.of("physics:\n  cart_friction: -0.5\n",
                "physics.cart_friction must be finite and >= 0, got -0.5 (in dip.yaml, line 2)"),
            Arguments.of("physics:\n  mass: 1\n", "unknown key physics.mass (allowed: cart_friction, cart_mass, gravity, "
                + "joint1_friction, joint2_friction, pendulum1_com, pendulum1_inertia, pendulum1_length, "
                + "pendulum1_mass, pendulum2_com, pendulum2_inertia, pendulum2_length, pendulum2_mass) "
                + "(in dip.yaml, line 2)"),
            Arguments.of("sensor:\n  noise_std: -0.1\n",
                "sensor.noise_std[0] must be >= 0, got -0.1 (in dip.yaml, line 2)"),
            Arguments.of("sensor:\n  quantization: [0, 0, 0, 0, 0, -1]\n",
                "sensor.quantization[5] must be >= 0, got -1.0 (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - {amplitude: 1}\n",
                "disturbances[0].type is required (one of step, impulse, sinusoid, white_noise) (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - {type: step, amplitude: 1}\n  - {type: kick, amplitude: 1}\n",
                "disturbances[1].type must be one of step, impulse, sinusoid, white_noise, got 'kick' "
                + "(in dip.yaml, line 3)"),
            Arguments.of("disturbances:\n  - type: step\n    start: 1.0\n",
                "disturbances[0].amplitude is required for a step disturbance (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - type: impulse\n    amplitude: 3\n    width: 0\n",
                "disturbances[0].width must be > 0, got 0.0 (in dip.yaml, line 4)"),
            Arguments.of("disturbances:\n  - {type: sinusoid, amplitude: 1, frequency: -2}\n",
                "disturbances[0].frequency must be > 0, got -2.0 (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - {type: white_noise, std: -1, bandwidth: 10}\n",
                "disturbances[0].std must be >= 0, got -1.0 (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - {type: white_noise, std: 1, bandwidth: 10, seed: 1.5}\n",
                "disturbances[0].seed must be an integer, got 1.5 (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - {type: step, amplitude: .inf}\n",
                "disturbances[0].amplitude must be a finite number, got Infinity (in dip.yaml, line 2)"),
            Arguments.of("disturbances:\n  - {type: step, amplitude: 1, width: 2}\n",
                "unknown key disturbances[0].width (allowed: amplitude, start, type) (in dip.yaml, line 2)"),
            Arguments.of("disturbances: {type: step}\n",
                "disturbances must be a list of sections, got a section (in dip.yaml, line 1)"),
            Arguments.of("controllers:\n  sta_smc:\n    gains: [1, two, 3]\n",
                "controllers.sta_smc.gains[1] must be a number, got 'two' (in dip.yaml, line 3)"),
            Arguments.of("controllers:\n  sta_smc:\n    gains: [1, .inf, 3]\n",
                "controllers.sta_smc.gains[1] must be a finite number, got Infinity (in dip.yaml, line 3)"),
            Arguments.of("controllers:\n  sta-smc: {boundary_layer: 0.1}\n  sta_smc: {boundary_layer: 0.2}\n",
                "controllers.sta_smc is given twice (in dip.yaml, line 3)"),
            Arguments.of("controllers:\n  sta_smc: 3\n",
                "controllers.sta_smc must be a section of keys, got 3 (in dip.yaml, line 2)"),
            Arguments.of("cost_function:\n  norms: {sliding: 0}\n",
                "cost_function.norms.sliding must be > 0, got 0.0 (in dip.yaml, line 2)"),
            Arguments.of("cost_function:\n  weights: {state_error: -1}\n",
                "cost_function.weights.state_error must be >= 0, got -1.0 (in dip.yaml, line 2)"),
            Arguments.of("cost_function:\n  combine: {mean: 0, max: 0}\n",
                "cost_function.combine must give mean or max a weight > 0, got 0 and 0 (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  w: 1.5\n", "pso.w must be >= 0 and <= 1, got 1.5 (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  optimizer: genetic\n",
                "pso.optimizer must be one of pso, cmaes, nelder_mead, got 'genetic' (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  n_particles: 0\n", "pso.n_particles must be an integer >= 1, got 0 (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  velocity_clamp: 0\n",
                "pso.velocity_clamp must be > 0 and <= 1, got 0.0 (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  initial_states: []\n",
                "pso.initial_states must not be empty when pso.random_initial_states is 0 (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  initial_states: [[0, 0.1, 0, 0, 0, 0], [0, 0.1]]\n",
                "pso.initial_states[1] must hold 6 numbers, got 2 (in dip.yaml, line 2)"),
            Arguments.of("pso:\n  bounds:\n    sta_smc: {min: [0, 0], max: [1]}\n",
                "pso.bounds.sta_smc.max must hold 2 numbers, got 1 (in dip.yaml, line 3)"),
            Arguments.of("pso:\n  bounds:\n    sta_smc:\n      min: [0, 2]\n      max: [1, 1]\n",
                "pso.bounds.sta_smc.max[1] must be >= min[1] (2.0), got 1.0 (in dip.yaml, line 5)"),
            Arguments.of("pso:\n  bounds:\n    sta_smc: {min: [0, 0]}\n",
                "pso.bounds.sta_smc.max is required (in dip.yaml, line 3)"),
            Arguments.of("physics_uncertainty:\n  cart_mass: 1.0\n",
                "physics_uncertainty.cart_mass must be >= 0 and < 1, got 1.0 (in dip.yaml, line 2)"),
            Arguments.of("physics_uncertainty:\n  mass: 0.1\n", "unknown key physics_uncertainty.mass (allowed: "
                + "cart_friction, cart_mass, gravity, joint1_friction, joint2_friction, pendulum1_com, "
                + "pendulum1_inertia, pendulum1_length, pendulum1_mass, pendulum2_com, pendulum2_inertia, "
                + "pendulum2_length, pendulum2_mass) (in dip.yaml, line 2)"),
            Arguments.of("montecarlo:\n  runs: 2.5\n", "montecarlo.runs must be an integer, got 2.5 (in dip.yaml, line 2)"),
            Arguments.of("montecarlo:\n  initial_state_range: [0, 0, 0, 0, 0, -0.1]\n",
                "montecarlo.initial_state_range[5] must be >= 0, got -0.1 (in dip.yaml, line 2)"),
            Arguments.of("seed: -1\n", "seed must be an integer >= 0, got -1 (in dip.yaml, line 1)"),
            Arguments.of("seed: 12345678901234567890123\n",
                "seed must be an integer, got 1.2345678901234568E22 (in dip.yaml, line 1)"),
            Arguments.of("- 1\n- 2\n", "the configuration must be a mapping of sections such as 'simulation:', "
                + "got a list (in dip.yaml)"));
    }

    @ParameterizedTest
    @MethodSource("badConfigurations")
    void failsWithTheDottedPathTheRuleAndTheLine(String yaml, String expected) {
        ConfigException e = assertThrows(ConfigException.class, () -> ConfigLoader.parse(yaml, "dip.yaml", Map.of()));
        assertEquals(expected, e.getMessage());
    }
}
