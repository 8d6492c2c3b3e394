package io.dip.sim.cli;

import io.dip.sim.runtime.PluginException;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.ScenarioFactory;
import io.dip.sim.tuning.TunedGains;
import io.dip.sim.tuning.TuningResultFile;
import java.nio.file.Path;

/**
 * {@code --gains FILE.json}: the best gains of a tuning result file ({@link TuningResultFile}), ordered as the
 * controller's gain vector. The file names the controller it was tuned for; {@code --controller}, when given, must
 * name the same one.
 */
final class GainsFile {

    private GainsFile() {
    }

    /**
     * @param registry   the installed providers
     * @param controller the {@code --controller} value, or null to take the file's controller
     * @param file       the tuning result file
     * @return the controller and its gains
     * @throws IllegalArgumentException naming the file when it cannot be read, is not a tuning result, was tuned for
     *                                  another controller or does not hold that controller's gains
     */
    static ControllerChoice choice(PluginRegistry registry, String controller, Path file) {
        TunedGains tuned = TuningResultFile.read(file);
        String tunedFor;
        try {
            tunedFor = ScenarioFactory.canonicalControllerName(registry, tuned.controller());
        } catch (PluginException e) {
            throw new IllegalArgumentException("--gains " + file + " was tuned for a controller that is not "
                    + "installed: " + e.getMessage(), e);
        }
        if (controller != null) {
            String named = ScenarioFactory.canonicalControllerName(registry, controller);
            if (!named.equals(tunedFor)) {
                throw new IllegalArgumentException("--gains " + file + " holds gains tuned for " + tunedFor
                        + ", not for --controller " + named);
            }
        }
        try {
            return new ControllerChoice(tunedFor, tuned.vectorFor(registry.controller(tunedFor).gains()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--gains " + file + ": " + e.getMessage(), e);
        }
    }
}
