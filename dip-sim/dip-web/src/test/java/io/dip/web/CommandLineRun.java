package io.dip.web;

import io.dip.sim.cli.DipCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code dip} command line (the code path of {@code ./dip}): exit code, stdout, stderr.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CommandLineRun(int exit, String out, String err) {

    /**
     * @param args the command line after {@code dip}
     * @return what it did
     */
    static CommandLineRun of(String... args) {
        CommandLine line = DipCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new CommandLineRun(exit, out.toString(), err.toString());
    }

    /** @return the single line printed on stderr, without its {@code dip: } prefix */
    String errorLine() {
        String line = err.strip();
        if (line.contains("\n")) {
            throw new AssertionError("more than one line on stderr:\n" + err);
        }
        return line.startsWith("dip: ") ? line.substring("dip: ".length()) : line;
    }
}
