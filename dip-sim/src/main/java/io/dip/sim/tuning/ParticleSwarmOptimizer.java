package io.dip.sim.tuning;

import java.time.Duration;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Global-best particle swarm optimisation (docs/model.md §8).
 *
 * <p>Each particle has a position {@code x}, a velocity {@code v} and the best position {@code p} it has visited;
 * {@code g} is the best position of the whole swarm. After the swarm is scored, every particle moves:
 * <pre>
 *   v ← w·v + c1·r1∘(p − x) + c2·r2∘(g − x),   |v_i| ≤ velocityClamp·(hi_i − lo_i)
 *   x ← x + v,                                  clamped to [lo_i, hi_i], with v_i = 0 where a wall was hit
 * </pre>
 * with {@code r1, r2} uniform in [0, 1) per element. Initial positions are uniform in the box, initial velocities
 * uniform in {@code ±initialVelocity·(hi_i − lo_i)}. A particle's best and the swarm's best are replaced only on a
 * strict improvement (a tie keeps the older point; among particles of equal cost the lowest index wins), and a
 * NaN cost counts as {@code +∞}.
 *
 * <p>One iteration = score the swarm (one {@link BatchObjective} call of {@code particles} points), update the
 * bests, report progress, then move — so a run of {@code iterations} iterations scores
 * {@code particles × iterations} points. It ends after the budget, after {@code patience} iterations in a row that
 * lowered the best cost by less than {@code tolerance} (when {@code patience > 0}), or, at an iteration boundary,
 * when its {@link CancellationFlag} is raised.
 *
 * <p>Reproducibility: all random numbers come from one {@link SplittableRandom} seeded with the problem's seed,
 * drawn on the calling thread in this order — every initial position (particle by particle, coordinate by
 * coordinate), then every initial velocity (same order), then at each move, particle by particle and coordinate by
 * coordinate, {@code r1} followed by {@code r2}. The objective scores the swarm by index, so the result does not
 * depend on how it schedules the points over threads.
 */
public final class ParticleSwarmOptimizer extends ConfiguredOptimizer<SwarmSettings> {

    /** @param settings the swarm settings */
    public ParticleSwarmOptimizer(SwarmSettings settings) {
        super("pso", "PSO", settings);
    }

    /** Runs the swarm with a {@link SplittableRandom} seeded with {@code problem.seed()}. */
    @Override
    public OptimizationResult minimize(OptimizationProblem problem, ProgressListener listener,
                                       CancellationFlag cancellation) {
        return minimize(problem, listener, cancellation, new SplittableRandom(problem.seed()));
    }

    /**
     * Runs the swarm drawing its random numbers from {@code random} (in the documented order).
     *
     * @param problem      objective, bounds and the seed to report
     * @param listener     told after each iteration
     * @param cancellation checked between iterations
     * @param random       the source of every random number of the run
     * @return the result
     */
    OptimizationResult minimize(OptimizationProblem problem, ProgressListener listener,
                                CancellationFlag cancellation, RandomGenerator random) {
        long startNanos = System.nanoTime();
        Swarm swarm = new Swarm(problem.bounds(), settings);
        swarm.initialise(random);
        BatchObjective objective = problem.objective();
        CostHistory history = new CostHistory();
        long evaluations = 0;
        int stalled = 0;
        int iteration = 0;
        Termination termination;
        while (true) {
            iteration++;
            double previousBest = swarm.bestCost;
            objective.evaluate(swarm.position, swarm.cost);
            evaluations += settings.particles();
            swarm.updateBests(iteration == 1);
            history.add(swarm.bestCost);
            listener.onIteration(iteration, settings.iterations(), swarm.bestCost, evaluations);
            if (iteration > 1 && settings.patience() > 0) {
                stalled = previousBest - swarm.bestCost >= settings.tolerance() ? 0 : stalled + 1;
                if (stalled >= settings.patience()) {
                    termination = Termination.CONVERGED;
                    break;
                }
            }
            if (iteration == settings.iterations()) {
                termination = Termination.BUDGET_EXHAUSTED;
                break;
            }
            if (cancellation.isCancelled()) {
                termination = Termination.CANCELLED;
                break;
            }
            swarm.move(random);
        }
        Duration wall = Duration.ofNanos(System.nanoTime() - startNanos);
        return new OptimizationResult(name(), swarm.best, swarm.bestCost, history.toArray(),
                evaluations, iteration, problem.seed(), problem.bounds(), settings(), wall, termination);
    }

    /** The state of one run: positions, velocities, personal and global bests. */
    private static final class Swarm {
        private final SearchBounds bounds;
        private final SwarmSettings settings;
        private final double[][] position;
        private final double[][] velocity;
        private final double[][] personalBest;
        private final double[] personalBestCost;
        private final double[] cost;
        private final double[] maxSpeed;
        private final double[] best;
        private double bestCost = Double.POSITIVE_INFINITY;

        Swarm(SearchBounds bounds, SwarmSettings settings) {
            this.bounds = bounds;
            this.settings = settings;
            int n = settings.particles();
            int d = bounds.dimension();
            position = new double[n][d];
            velocity = new double[n][d];
            personalBest = new double[n][d];
            personalBestCost = new double[n];
            cost = new double[n];
            maxSpeed = new double[d];
            best = new double[d];
            for (int i = 0; i < d; i++) {
                maxSpeed[i] = settings.velocityClamp() * bounds.width(i);
            }
        }

        /** Uniform positions in the box, then uniform velocities in ±initialVelocity·width. */
        void initialise(RandomGenerator random) {
            for (double[] x : position) {
                for (int i = 0; i < x.length; i++) {
                    x[i] = bounds.lower(i) + bounds.width(i) * random.nextDouble();
                }
            }
            for (double[] v : velocity) {
                for (int i = 0; i < v.length; i++) {
                    v[i] = (2.0 * random.nextDouble() - 1.0) * settings.initialVelocity() * bounds.width(i);
                }
            }
        }

        /** Takes the freshly scored costs into the personal and global bests (strict improvement only). */
        void updateBests(boolean first) {
            for (int p = 0; p < position.length; p++) {
                double c = Double.isNaN(cost[p]) ? Double.POSITIVE_INFINITY : cost[p];
                if (first || c < personalBestCost[p]) {
                    personalBestCost[p] = c;
                    System.arraycopy(position[p], 0, personalBest[p], 0, best.length);
                }
            }
            for (int p = 0; p < position.length; p++) {
                if ((first && p == 0) || personalBestCost[p] < bestCost) {
                    bestCost = personalBestCost[p];
                    System.arraycopy(personalBest[p], 0, best, 0, best.length);
                }
            }
        }

        /** One velocity and position update of every particle. */
        void move(RandomGenerator random) {
            double w = settings.inertia();
            double c1 = settings.cognitive();
            double c2 = settings.social();
            for (int p = 0; p < position.length; p++) {
                double[] x = position[p];
                double[] v = velocity[p];
                double[] pb = personalBest[p];
                for (int i = 0; i < x.length; i++) {
                    double r1 = random.nextDouble();
                    double r2 = random.nextDouble();
                    double vi = w * v[i] + c1 * r1 * (pb[i] - x[i]) + c2 * r2 * (best[i] - x[i]);
                    vi = Math.max(-maxSpeed[i], Math.min(maxSpeed[i], vi));
                    double xi = x[i] + vi;
                    if (xi < bounds.lower(i)) {
                        xi = bounds.lower(i);
                        vi = 0.0;
                    } else if (xi > bounds.upper(i)) {
                        xi = bounds.upper(i);
                        vi = 0.0;
                    }
                    x[i] = xi;
                    v[i] = vi;
                }
            }
        }
    }
}
