package io.dip.sim.montecarlo;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.disturbance.CounterRandom;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationResult;
import io.dip.sim.recording.RecorderFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A Monte Carlo study of one scenario: {@code runs} runs, run i seeded with {@code derive(seed, i)}; from that seed
 * a {@link SplittableRandom} draws the plant parameters ({@link ParameterUncertainty}) and then the initial state
 * {@code x0_j = base_j + h_j·U(−1,1)}; the same seed re-seeds the run's disturbance noise and drives its sensor
 * noise. The controller keeps the scenario's nominal model unless {@code perturbNominal} gives it the drawn
 * parameters too.
 *
 * <p>Run i's scenario depends only on (base, seed, i), so a study gives the same runs whatever the order or the
 * thread that builds them.
 *
 * @param base                  the scenario varied
 * @param runs                  number of runs, ≥ 1
 * @param seed                  study seed
 * @param uncertainty           parameter uncertainty of the plant
 * @param initialStateHalfWidth half-width h per state component of the initial-state box (6 values ≥ 0)
 * @param perturbNominal        give the controller's nominal model the drawn parameters as well
 */
public record MonteCarloStudy(
        Scenario base,
        int runs,
        long seed,
        ParameterUncertainty uncertainty,
        double[] initialStateHalfWidth,
        boolean perturbNominal) {

    /** YAML section of the study settings, used in messages. */
    public static final String SECTION = "monte_carlo";

    /** Checks the settings; messages name the key under {@code monte_carlo}. */
    public MonteCarloStudy {
        if (base == null || uncertainty == null) {
            throw new IllegalArgumentException(SECTION + ": a base scenario and a parameter uncertainty are needed");
        }
        if (runs < 1) {
            throw new IllegalArgumentException(SECTION + ".runs must be >= 1, got " + runs);
        }
        if (initialStateHalfWidth == null || initialStateHalfWidth.length != StateIndex.DIMENSION) {
            throw new IllegalArgumentException(SECTION + ".initial_state_half_width needs " + StateIndex.DIMENSION
                    + " values (" + String.join(", ", StateIndex.NAMES) + ")");
        }
        initialStateHalfWidth = initialStateHalfWidth.clone();
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            if (!(initialStateHalfWidth[i] >= 0) || !Double.isFinite(initialStateHalfWidth[i])) {
                throw new IllegalArgumentException(SECTION + ".initial_state_half_width[" + i + "] ("
                        + StateIndex.NAMES.get(i) + ") must be finite and >= 0, got " + initialStateHalfWidth[i]);
            }
        }
    }

    /** @return a copy of the initial-state half-widths */
    @Override
    public double[] initialStateHalfWidth() {
        return initialStateHalfWidth.clone();
    }

    /**
     * @param index run index, 0 ≤ index &lt; runs
     * @return the seed of that run, {@link CounterRandom#derive}(seed, index)
     */
    public long runSeed(int index) {
        return CounterRandom.derive(seed, index);
    }

    /**
     * @param index run index, 0 ≤ index &lt; runs
     * @return the scenario of that run
     */
    public Scenario scenario(int index) {
        if (index < 0 || index >= runs) {
            throw new IndexOutOfBoundsException("run " + index + " outside [0, " + runs + ")");
        }
        long runSeed = runSeed(index);
        SplittableRandom random = new SplittableRandom(runSeed);
        PhysicalParameters drawn = uncertainty.draw(base.plant().parameters(), random);
        double[] x0 = base.initialState();
        for (int i = 0; i < StateIndex.DIMENSION; i++) {
            x0[i] += initialStateHalfWidth[i] * random.nextDouble(-1.0, 1.0);
        }
        Scenario.Builder builder = base.toBuilder()
                .name(base.name() + " #" + index)
                .plant(base.plant().withParameters(drawn))
                .initialState(x0)
                .seed(runSeed)
                .disturbance(base.disturbance().reseeded(runSeed));
        if (perturbNominal) {
            builder.nominal(base.nominal().withParameters(drawn));
        }
        return builder.build();
    }

    /** @return the scenarios of every run, in index order */
    public List<Scenario> scenarios() {
        List<Scenario> all = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            all.add(scenario(i));
        }
        return all;
    }

    /**
     * Runs every run without recording.
     *
     * @param runner       the batch runner (its thread count does not change the report)
     * @param cancellation stops the study when set (cancelled runs count as not successful)
     * @return the report
     */
    public MonteCarloReport run(BatchRunner runner, Cancellation cancellation) {
        long start = System.nanoTime();
        List<SimulationResult> results = runner.run(scenarios(), RecorderFactory.none(), cancellation);
        return MonteCarloReport.of(this, results, System.nanoTime() - start);
    }
}
