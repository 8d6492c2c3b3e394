package io.dip.bench.cli;

import io.dip.sim.cli.DipCommand;

/** Contributes {@code dip audit} ({@link AuditCommand}) to the CLI. */
public final class AuditDipCommand implements DipCommand {

    /** ServiceLoader entry point. */
    public AuditDipCommand() {
    }

    @Override
    public String name() {
        return "audit";
    }

    @Override
    public Object command() {
        return new AuditCommand();
    }
}
