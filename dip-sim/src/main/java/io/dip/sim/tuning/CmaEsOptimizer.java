package io.dip.sim.tuning;

import org.hipparchus.analysis.MultivariateFunction;
import org.hipparchus.exception.MathIllegalStateException;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.hipparchus.random.Well19937c;

/**
 * Covariance matrix adaptation evolution strategy, run by Hipparchus' {@link CMAESOptimizer} within the bounds
 * (candidates outside the box are repaired onto it before they are scored).
 *
 * <p>The run starts at the problem's initial guess (or the centre of the box) with step sizes
 * {@code σ_i = initialStep·(hi_i − lo_i)}. Hipparchus scores the start point, then λ candidates per generation one
 * at a time; one generation is one iteration, so a full run scores {@code 1 + λ·generations} points. It ends after
 * the generation budget, when one of CMA-ES' own tolerances fires, or at a generation boundary once the
 * {@link CancellationFlag} is raised. All random numbers come from a {@link Well19937c} seeded with the problem's
 * seed and are drawn on the calling thread.
 */
public final class CmaEsOptimizer extends ConfiguredOptimizer<CmaEsSettings> {

    /** @param settings the CMA-ES settings */
    public CmaEsOptimizer(CmaEsSettings settings) {
        super("cmaes", "CMA-ES", settings);
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException when a dimension of the bounds has zero width (CMA-ES needs a positive
     *                                  step size in every dimension)
     */
    @Override
    public OptimizationResult minimize(OptimizationProblem problem, ProgressListener listener,
                                       CancellationFlag cancellation) {
        SearchBounds bounds = problem.bounds();
        int dimension = bounds.dimension();
        double[] sigma = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            if (!(bounds.width(i) > 0)) {
                throw new IllegalArgumentException("cmaes needs lower < upper in every dimension; dimension " + i
                        + " is fixed at " + bounds.lower(i) + " (use pso or nelder_mead)");
            }
            sigma[i] = settings.initialStep() * bounds.width(i);
        }
        int lambda = settings.populationFor(dimension);
        GenerationCounter counted = new GenerationCounter(
                new SinglePointSearch(problem, settings.generations(), listener, cancellation), lambda);
        CMAESOptimizer cmaes = new CMAESOptimizer(settings.generations(), Double.NEGATIVE_INFINITY,
                settings.activeCma(), 0, 0, new Well19937c(problem.seed()), false, null);
        Termination termination;
        try {
            cmaes.optimize(new MaxEval(1 + lambda * settings.generations()), new ObjectiveFunction(counted),
                    GoalType.MINIMIZE, new InitialGuess(problem.startPoint()),
                    new SimpleBounds(bounds.lower(), bounds.upper()), new CMAESOptimizer.Sigma(sigma),
                    new CMAESOptimizer.PopulationSize(lambda));
            termination = counted.search.iterations() >= settings.generations()
                    ? Termination.BUDGET_EXHAUSTED : Termination.CONVERGED;
        } catch (CancelledRun stop) {
            termination = Termination.CANCELLED;
        } catch (MathIllegalStateException budget) {
            termination = Termination.BUDGET_EXHAUSTED;
        }
        return counted.search.result(name(), settings(), problem.seed(), termination);
    }

    /**
     * Closes an iteration each time a generation's λ candidates (after the start point) have been scored, and
     * stops the run at that boundary when cancellation has been requested.
     */
    private static final class GenerationCounter implements MultivariateFunction {
        private final SinglePointSearch search;
        private final int lambda;

        GenerationCounter(SinglePointSearch search, int lambda) {
            this.search = search;
            this.lambda = lambda;
        }

        /** Scores the point, then closes the generation when it was the generation's last candidate. */
        @Override
        public double value(double[] point) {
            double cost = search.value(point);
            long afterStart = search.evaluations() - 1;
            if (afterStart > 0 && afterStart % lambda == 0 && search.endIteration()) {
                throw new CancelledRun();
            }
            return cost;
        }
    }

    /** Unwinds Hipparchus' generation loop when the run is cancelled. */
    private static final class CancelledRun extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CancelledRun() {
            super("cancelled", null, false, false);
        }
    }
}
