package io.dip.bench.cli;

import io.dip.bench.jmh.BenchRow;
import io.dip.bench.jmh.BenchRunner;
import io.dip.bench.jmh.BenchSettings;
import io.dip.sim.cli.ExitCodes;
import io.dip.sim.cli.OutputFile;
import io.dip.sim.cli.OutputFormat;
import io.dip.sim.cli.PluginOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.openjdk.jmh.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dip bench [--quick] [REGEX...]}: the JMH benchmarks with the GC profiler, summarised as ns/op and B/op.
 */
@Command(name = "bench", description = {
    "Run the JMH benchmarks (computeControl of every controller, derivative of every model, one period of every "
            + "integrator, one closed-loop step, one tuner evaluation) with -prof gc and print ns/op and B/op.",
    "Defaults: 1 fork, 3 warm-up and 5 measured iterations of 1 s; --quick: 1 warm-up and 2 measured of 0.5 s."})
public final class BenchCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REGEX", arity = "0..*",
            description = "Benchmarks to run (JMH include patterns, e.g. ControllerBenchmark); default: all.")
    private List<String> includes = new ArrayList<>();

    @Option(names = "--quick", description = "1 warm-up and 2 measured iterations of 0.5 s.")
    private boolean quick;

    @Mixin
    private PluginOptions plugins;

    @OutputFile(OutputFormat.MARKDOWN)
    @Option(names = "--md", paramLabel = "FILE.md", description = "Also write the summary table as Markdown.")
    private Path markdown;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws RunnerException, IOException {
        List<BenchRow> rows = BenchRunner.run(BenchSettings.standard(includes, quick, plugins.pluginsDirectory()));
        String table = BenchRunner.table(rows);
        PrintWriter out = spec.commandLine().getOut();
        out.println();
        out.println("dip bench: average time per operation and bytes allocated per operation (gc.alloc.rate.norm)");
        out.println();
        out.print(table);
        if (markdown != null) {
            Path parent = markdown.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(markdown, table, StandardCharsets.UTF_8);
            out.println("\nMarkdown table: " + markdown);
        }
        out.flush();
        return ExitCodes.OK;
    }
}
