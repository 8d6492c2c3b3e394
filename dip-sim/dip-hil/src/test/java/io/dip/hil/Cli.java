package io.dip.hil;

import io.dip.sim.cli.DipCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code dip} command line: its exit code and what it printed.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record Cli(int exit, String out, String err) {

    /**
     * @param args the command line after {@code dip}
     * @return what it did
     */
    static Cli run(String... args) {
        CommandLine line = DipCli.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new Cli(exit, out.toString(), err.toString());
    }
}
