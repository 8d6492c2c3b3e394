package io.dip.sim.tuning;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/** Benchmark functions and a recording objective for the optimiser tests. */
final class TestObjectives {

    private TestObjectives() {
    }

    /** @return {@code Σ (x_i − c_i)²}, minimum 0 at {@code c} */
    static ToDoubleFunction<double[]> shiftedSphere(double... centre) {
        return x -> {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                double d = x[i] - centre[i];
                s += d * d;
            }
            return s;
        };
    }

    /**
     * @return the Rosenbrock function moved so its minimum 0 lies at {@code shift + 1}:
     *         {@code Σ 100·(y_{i+1} − y_i²)² + (1 − y_i)²} with {@code y = x − shift}
     */
    static ToDoubleFunction<double[]> shiftedRosenbrock(double... shift) {
        return x -> {
            double s = 0;
            for (int i = 0; i + 1 < x.length; i++) {
                double yi = x[i] - shift[i];
                double yn = x[i + 1] - shift[i + 1];
                s += 100 * (yn - yi * yi) * (yn - yi * yi) + (1 - yi) * (1 - yi);
            }
            return s;
        };
    }

    /** A batch objective scoring points one by one with a function, remembering every point it was given. */
    static final class Recording implements BatchObjective {
        final List<double[]> points = new ArrayList<>();
        final List<Double> costs = new ArrayList<>();
        private final ToDoubleFunction<double[]> f;

        Recording(ToDoubleFunction<double[]> f) {
            this.f = f;
        }

        @Override
        public void evaluate(double[][] batch, double[] costsOut) {
            for (int i = 0; i < batch.length; i++) {
                costsOut[i] = f.applyAsDouble(batch[i]);
                points.add(batch[i].clone());
                costs.add(costsOut[i]);
            }
        }

        double minCost() {
            return costs.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        }
    }
}
