package io.dip.sim.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.RunLast;

/**
 * How {@code dip} runs the command of a command line: help and version requests first, then the check of every
 * {@link OutputFile} option of the command ({@link OutputFiles#verify()}), and only then the command itself. A bad
 * output is a usage error (exit code 2) reported before any work, whatever the command.
 */
final class CheckedExecution implements IExecutionStrategy {

    @Override
    public int execute(ParseResult parseResult) {
        Integer helpShown = CommandLine.executeHelpRequest(parseResult);
        if (helpShown != null) {
            return helpShown;
        }
        ParseResult command = parseResult;
        while (command.hasSubcommand()) {
            command = command.subcommand();
        }
        try {
            OutputFiles.of(command.commandSpec()).verify();
        } catch (IllegalArgumentException e) {
            throw new ParameterException(command.commandSpec().commandLine(), e.getMessage(), e);
        }
        return new RunLast().execute(parseResult);
    }
}
