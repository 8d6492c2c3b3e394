package io.dip.bench.jmh;

import java.nio.file.Path;
import java.util.List;

/**
 * How {@link BenchRunner} runs JMH.
 *
 * @param includes          regular expressions selecting benchmarks (JMH {@code include}); empty for all of this
 *                          package
 * @param forks             forked JVMs per benchmark
 * @param warmupIterations  warm-up iterations
 * @param warmupMillis      length of a warm-up iteration (ms)
 * @param measurementIterations measured iterations
 * @param measurementMillis length of a measured iteration (ms)
 * @param plugins           plugins directory whose controllers are benchmarked too, or null
 */
public record BenchSettings(List<String> includes, int forks, int warmupIterations, long warmupMillis,
                            int measurementIterations, long measurementMillis, Path plugins) {

    /** Validates the counts and copies the includes. */
    public BenchSettings {
        includes = List.copyOf(includes);
        if (forks < 1 || warmupIterations < 0 || measurementIterations < 1 || warmupMillis <= 0
                || measurementMillis <= 0) {
            throw new IllegalArgumentException("need forks >= 1, warm-up iterations >= 0, measured iterations >= 1 "
                    + "and positive iteration times");
        }
    }

    /**
     * @param includes benchmark patterns (empty for all)
     * @param quick    1 warm-up and 2 measured iterations of 0.5 s instead of 3 and 5 of 1 s
     * @param plugins  plugins directory, or null
     * @return the defaults for a small shared machine: one fork
     */
    public static BenchSettings standard(List<String> includes, boolean quick, Path plugins) {
        return quick ? new BenchSettings(includes, 1, 1, 500, 2, 500, plugins)
                : new BenchSettings(includes, 1, 3, 1000, 5, 1000, plugins);
    }
}
