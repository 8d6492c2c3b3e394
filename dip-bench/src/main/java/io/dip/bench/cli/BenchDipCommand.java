package io.dip.bench.cli;

import io.dip.sim.cli.DipCommand;

/** Contributes {@code dip bench} ({@link BenchCommand}) to the CLI. */
public final class BenchDipCommand implements DipCommand {

    /** ServiceLoader entry point. */
    public BenchDipCommand() {
    }

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public Object command() {
        return new BenchCommand();
    }
}
