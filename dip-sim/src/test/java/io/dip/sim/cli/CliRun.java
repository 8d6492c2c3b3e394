package io.dip.sim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One in-process run of the {@code dip} command line, the code path of {@code ./dip}: its exit code and what it
 * printed on stdout and stderr.
 *
 * @param exit the exit code
 * @param out  standard output
 * @param err  standard error
 */
record CliRun(int exit, String out, String err) {

    /**
     * @param args the command line after {@code dip}
     * @return what it did
     */
    static CliRun of(String... args) {
        CommandLine line = DipCli.commandLine(args);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int exit = line.execute(args);
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** @return the lines printed on stderr */
    List<String> errLines() {
        return err.lines().toList();
    }

    /** @return the lines printed on stdout */
    List<String> outLines() {
        return out.lines().toList();
    }
}
