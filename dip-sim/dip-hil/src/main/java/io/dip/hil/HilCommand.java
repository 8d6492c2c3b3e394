package io.dip.hil;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code dip hil}: hardware in the loop over UDP; the work is in its sub-commands. */
@Command(name = "hil", description = {
    "Hardware in the loop over UDP (16-byte command, 56-byte state, CRC-32; see docs/hil.md).",
    "  plant       serve a simulated plant (lock-step or real time)",
    "  controller  run a controller against a plant server",
    "  run         both: the plant in a child process, the controller here"},
        subcommands = {HilPlantCommand.class, HilControllerCommand.class, HilRunCommand.class})
public final class HilCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "dip hil needs a sub-command: plant, controller or run");
    }
}
