package io.dip.sim.montecarlo;

import io.dip.api.PhysicalParameters;
import io.dip.api.StateIndex;
import io.dip.sim.disturbance.CounterRandom;
import io.dip.sim.engine.BatchRunner;
import io.dip.sim.engine.Cancellation;
import io.dip.sim.engine.Scenario;
import io.dip.sim.recording.RecorderFactory;
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

    /**
     * Runs the study without recording, in memory that does not depend on {@link #runs()}: the scenarios are built
     * and run in chunks ({@link BatchRunner#forEach}) and folded in index order into the report.
     *
     * @param runner       the batch runner (its thread count does not change the report)
     * @param recorders    the recorder of each run (e.g. one that counts finished runs for a progress bar)
     * @param cancellation stops the study when set: the report then holds the runs done, marked cancelled
     * @param rows         where every run's row goes, or null
     * @return the report
     */
    public MonteCarloReport run(BatchRunner runner, RecorderFactory recorders, Cancellation cancellation,
            RunRowsFile rows) {
        long start = System.nanoTime();
        MonteCarloTally tally = new MonteCarloTally(this, MonteCarloReport.RUNS_IN_JSON, rows);
        runner.forEach(runs, this::scenario, recorders, cancellation, tally::add);
        return tally.report(System.nanoTime() - start);
    }

    /**
     * Runs the study without recording and without a rows file.
     *
     * @param runner       the batch runner
     * @param cancellation stops the study when set
     * @return the report
     */
    public MonteCarloReport run(BatchRunner runner, Cancellation cancellation) {
        return run(runner, RecorderFactory.none(), cancellation, null);
    }
}
