package io.dip.bench.jmh;

import static io.dip.bench.report.MarkdownTable.Align.LEFT;
import static io.dip.bench.report.MarkdownTable.Align.RIGHT;

import io.dip.bench.report.MarkdownTable;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmarks of this package with JMH and the GC profiler ({@code -prof gc}) and summarises each as
 * ns/op and B/op ({@code gc.alloc.rate.norm}).
 *
 * <p>The {@code controller}, {@code model} and {@code integrator} parameters are set to every provider the
 * registry holds (built-ins and the plugins directory), so a new plugin is benchmarked without editing the
 * benchmarks; the plugins directory is passed to the forked JVMs as the system property
 * {@value BenchPlugins#PROPERTY}. The forks use the class path of this JVM (the {@code dip} jar).
 */
public final class BenchRunner {

    /**
     * The {@code @Param} value of the {@code controller}, {@code model} and {@code integrator} parameters in the
     * sources (JMH needs one); the runner replaces it by every registered name.
     */
    public static final String FROM_REGISTRY = "every-registered-name";

    private static final String PACKAGE_PATTERN = "io\\.dip\\.bench\\.jmh\\..*";
    private static final String ALLOCATION_LABEL = "gc.alloc.rate.norm";

    private BenchRunner() {
    }

    /**
     * @param settings what to run and how long
     * @return one row per benchmark and parameter, in JMH's order
     * @throws RunnerException when JMH fails (a benchmark threw, a fork died)
     */
    public static List<BenchRow> run(BenchSettings settings) throws RunnerException {
        ChainedOptionsBuilder options = new OptionsBuilder()
                .forks(settings.forks())
                .warmupIterations(settings.warmupIterations())
                .warmupTime(TimeValue.milliseconds(settings.warmupMillis()))
                .measurementIterations(settings.measurementIterations())
                .measurementTime(TimeValue.milliseconds(settings.measurementMillis()))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true);
        if (settings.includes().isEmpty()) {
            options.include(PACKAGE_PATTERN);
        } else {
            settings.includes().forEach(options::include);
        }
        try (PluginRegistry registry = PluginRegistry.load(settings.plugins())) {
            options.param("controller", names(registry, PluginKind.CONTROLLER));
            options.param("model", names(registry, PluginKind.DYNAMICS));
            options.param("integrator", names(registry, PluginKind.INTEGRATOR));
        }
        if (settings.plugins() != null) {
            options.jvmArgsAppend("-D" + BenchPlugins.PROPERTY + "=" + settings.plugins().toAbsolutePath());
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        List<BenchRow> rows = new ArrayList<>();
        for (RunResult result : results) {
            rows.add(row(result));
        }
        return rows;
    }

    private static String[] names(PluginRegistry registry, PluginKind<?> kind) {
        return registry.plugins(kind).stream().map(PluginInfo::name).toArray(String[]::new);
    }

    private static BenchRow row(RunResult result) {
        BenchmarkParams params = result.getParams();
        String benchmark = params.getBenchmark();
        String[] parts = benchmark.split("\\.");
        String shortName = parts.length >= 2 ? parts[parts.length - 2] + "." + parts[parts.length - 1] : benchmark;
        List<String> values = new ArrayList<>();
        for (String key : params.getParamsKeys()) {
            values.add(params.getParam(key));
        }
        Result<?> primary = result.getPrimaryResult();
        double bytes = Double.NaN;
        for (Map.Entry<String, ? extends Result<?>> e : secondaryResults(result).entrySet()) {
            if (e.getKey().endsWith(ALLOCATION_LABEL)) {
                bytes = e.getValue().getScore();
            }
        }
        return new BenchRow(shortName, String.join(", ", values), primary.getScore(), primary.getScoreError(),
                primary.getScoreUnit(), bytes);
    }

    /** JMH declares the secondary results with a raw {@code Result} type. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Map<String, ? extends Result<?>> secondaryResults(RunResult result) {
        return (Map) result.getSecondaryResults();
    }

    /**
     * @param rows the results
     * @return a Markdown table: benchmark, parameter, score ± error, B/op
     */
    public static String table(List<BenchRow> rows) {
        MarkdownTable table = new MarkdownTable(List.of("Benchmark", "Parameter", "Score", "Error (99.9 %)",
                "Unit", "B/op"), List.of(LEFT, LEFT, RIGHT, RIGHT, LEFT, RIGHT));
        for (BenchRow r : rows) {
            table.row(r.benchmark(), r.parameter(), format(r.score()), Double.isNaN(r.error()) ? "–"
                    : "± " + format(r.error()), r.unit(), Double.isNaN(r.bytesPerOp()) ? "–"
                    : String.format(Locale.ROOT, r.bytesPerOp() >= 100 ? "%,.0f" : "%.3f", r.bytesPerOp()));
        }
        return table.render();
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, value >= 100 ? "%,.0f" : "%.1f", value);
    }
}
