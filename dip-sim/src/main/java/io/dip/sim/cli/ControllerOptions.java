package io.dip.sim.cli;

import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.setup.ScenarioFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * The {@code --controller NAME} and {@code --gains a,b,c,...|FILE.json} options, as a picocli mixin. Without
 * {@code --controller} the controller is the one a gains file was tuned for, else {@value #DEFAULT_CONTROLLER}.
 */
public final class ControllerOptions {

    /** The controller run when none is named. */
    public static final String DEFAULT_CONTROLLER = "classical_smc";

    @Option(names = "--controller", paramLabel = "NAME",
            description = "Controller name or alias (see 'dip plugins'). Default: the controller of a --gains file, "
                    + "else " + DEFAULT_CONTROLLER + ".")
    private String controller;

    @Option(names = "--gains", paramLabel = "a,b,c,...|FILE.json",
            description = "Gain vector, surface coefficients first, comma-separated; or a tuning result file "
                    + "written by 'dip tune'. Default: controllers.<name>.gains, else the controller's defaults.")
    private String gains;

    /**
     * @param registry the installed providers
     * @return the canonical controller name and its gains (null for the configured or default gains)
     * @throws IllegalArgumentException for malformed gains or a gains file that cannot be used
     * @throws io.dip.sim.runtime.PluginException for an unknown controller
     */
    public ControllerChoice resolve(PluginRegistry registry) {
        if (gains == null) {
            String name = controller == null ? DEFAULT_CONTROLLER : controller;
            return new ControllerChoice(ScenarioFactory.canonicalControllerName(registry, name), null);
        }
        if (isFile(gains)) {
            return GainsFile.choice(registry, controller, Path.of(gains));
        }
        String name = controller == null ? DEFAULT_CONTROLLER : controller;
        return new ControllerChoice(ScenarioFactory.canonicalControllerName(registry, name), parseList(gains));
    }

    private static boolean isFile(String text) {
        return text.toLowerCase(Locale.ROOT).endsWith(".json") || Files.exists(Path.of(text));
    }

    /**
     * @param text comma-separated numbers
     * @return the numbers
     * @throws IllegalArgumentException naming the first item that is not a finite number
     */
    static double[] parseList(String text) {
        String[] items = text.split(",", -1);
        double[] values = new double[items.length];
        for (int i = 0; i < items.length; i++) {
            String item = items[i].strip();
            try {
                values[i] = Double.parseDouble(item);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--gains: item " + (i + 1) + " '" + item + "' of '" + text
                        + "' is not a number (give comma-separated numbers or a .json tuning result file)", e);
            }
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException("--gains: item " + (i + 1) + " must be finite, got " + item);
            }
        }
        return values;
    }
}
