package io.dip.sim.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Prints a failure as one line on stderr ({@code dip: <message>}), with the stack trace only under
 * {@code --verbose}, and returns the exit code of {@link ExitCodes}.
 */
final class ErrorReporter implements IExecutionExceptionHandler, IParameterExceptionHandler {

    /** The option that asks for stack traces. */
    static final String VERBOSE = "--verbose";

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine command = ex.getCommandLine();
        String help = command.getCommandSpec().qualifiedName() + " --help";
        report(command.getErr(), ex, Arrays.asList(args).contains(VERBOSE), " (see '" + help + "')");
        return ExitCodes.USAGE;
    }

    @Override
    public int handleExecutionException(Exception ex, CommandLine command, ParseResult parseResult) {
        report(command.getErr(), ex, isVerbose(parseResult), "");
        return ExitCodes.of(ex);
    }

    private static void report(PrintWriter err, Throwable failure, boolean verbose, String suffix) {
        String message = failure.getMessage() == null || failure.getMessage().isBlank()
                ? failure.getClass().getName() : failure.getMessage();
        String line = ExitCodes.isExplained(failure) ? message
                : "internal error: " + failure.getClass().getSimpleName() + ": " + message;
        line = line.replaceAll("\\s*\\R\\s*", " ").strip() + suffix;
        if (!verbose && !ExitCodes.isExplained(failure)) {
            line += " (run with --verbose for the stack trace)";
        }
        err.println("dip: " + line);
        if (verbose) {
            failure.printStackTrace(err);
        }
        err.flush();
    }

    private static boolean isVerbose(ParseResult result) {
        for (ParseResult level = result; level != null; level = level.subcommand()) {
            if (level.hasMatchedOption(VERBOSE)) {
                return true;
            }
        }
        return false;
    }
}
