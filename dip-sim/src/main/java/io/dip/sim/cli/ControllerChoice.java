package io.dip.sim.cli;

/**
 * A controller chosen on the command line.
 *
 * @param name  the controller's canonical name
 * @param gains its gain vector, or null for {@code controllers.<name>.gains} (else the provider's defaults)
 */
public record ControllerChoice(String name, double[] gains) {

    /** Copies the gains. */
    public ControllerChoice {
        gains = gains == null ? null : gains.clone();
    }

    /** @return a copy of the gains, or null */
    @Override
    public double[] gains() {
        return gains == null ? null : gains.clone();
    }
}
