package io.dip.bench.jmh;

/**
 * One benchmark result.
 *
 * @param benchmark    {@code Class.method} of the benchmark
 * @param parameter    its parameter value (controller, model or integrator name), empty when none
 * @param score        the average time per operation, in {@link #unit}
 * @param error        the 99.9 % confidence half-width of the score (NaN with too few iterations)
 * @param unit         the score's unit, e.g. {@code ns/op}
 * @param bytesPerOp   bytes allocated per operation ({@code gc.alloc.rate.norm}); NaN when not profiled
 */
public record BenchRow(String benchmark, String parameter, double score, double error, String unit,
                       double bytesPerOp) {
}
