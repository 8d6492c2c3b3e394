package io.dip.hil;

import io.dip.sim.cli.DipCommand;

/** Contributes {@code dip hil} ({@link HilCommand}) to the CLI. */
public final class HilDipCommand implements DipCommand {

    /** ServiceLoader entry point. */
    public HilDipCommand() {
    }

    @Override
    public String name() {
        return "hil";
    }

    @Override
    public Object command() {
        return new HilCommand();
    }
}
