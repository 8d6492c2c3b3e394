package io.dip.sim.tuning;

import java.util.Comparator;
import org.hipparchus.optim.PointValuePair;
import org.hipparchus.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;

/**
 * Nelder–Mead downhill simplex, with Hipparchus' {@link NelderMeadSimplex} doing the reflections, expansions,
 * contractions and shrinks.
 *
 * <p>The simplex starts at the problem's initial guess (or the centre of the box) with an edge of
 * {@code initialStep·(hi_i − lo_i)} along each axis. Vertices may leave the box; a vertex is scored at its
 * projection onto the box, and the best point reported is that projection. One iteration is one simplex move.
 * The run ends when the vertex costs differ by at most {@code tolerance}, after the iteration or evaluation budget,
 * or at an iteration boundary once the {@link CancellationFlag} is raised. The method draws no random numbers: the
 * seed is only reported.
 */
public final class NelderMeadOptimizer extends ConfiguredOptimizer<NelderMeadSettings> {

    private static final Comparator<PointValuePair> BY_COST = Comparator.comparingDouble(PointValuePair::getValue);

    /** @param settings the simplex settings */
    public NelderMeadOptimizer(NelderMeadSettings settings) {
        super("nelder_mead", "Nelder-Mead", settings);
    }

    /** {@inheritDoc} */
    @Override
    public OptimizationResult minimize(OptimizationProblem problem, ProgressListener listener,
                                       CancellationFlag cancellation) {
        SearchBounds bounds = problem.bounds();
        double[] steps = new double[bounds.dimension()];
        for (int i = 0; i < steps.length; i++) {
            // a fixed dimension still needs a non-zero edge; its vertices are projected back onto the fixed value
            steps[i] = bounds.width(i) > 0 ? settings.initialStep() * bounds.width(i) : 1.0;
        }
        SinglePointSearch search = new SinglePointSearch(problem, settings.iterations(), listener, cancellation);
        NelderMeadSimplex simplex = new NelderMeadSimplex(steps);
        simplex.build(problem.startPoint());
        simplex.evaluate(search, BY_COST);
        Termination termination;
        while (true) {
            simplex.iterate(search, BY_COST);
            boolean cancelled = search.endIteration();
            double spread = simplex.getPoint(simplex.getSize() - 1).getValue() - simplex.getPoint(0).getValue();
            if (spread <= settings.tolerance()) {
                termination = Termination.CONVERGED;
                break;
            }
            if (search.iterations() >= settings.iterations() || search.evaluations() >= settings.evaluations()) {
                termination = Termination.BUDGET_EXHAUSTED;
                break;
            }
            if (cancelled) {
                termination = Termination.CANCELLED;
                break;
            }
        }
        return search.result(name(), settings(), problem.seed(), termination);
    }
}
