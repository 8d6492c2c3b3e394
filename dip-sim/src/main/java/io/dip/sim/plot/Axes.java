package io.dip.sim.plot;

import org.knowm.xchart.style.AxesChartStyler;

/** The axis styling every plot shares: tick labels without spurious digits and a background fit for print. */
final class Axes {

    private Axes() {
    }

    /** @param styler a chart's styler, styled in place */
    static void style(AxesChartStyler styler) {
        styler.setPlotGridLinesVisible(true);
        styler.setChartBackgroundColor(java.awt.Color.WHITE);
        styler.setPlotBorderVisible(true);
    }

    /**
     * @param value a positive value
     * @return the smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is ≥ {@code value}
     */
    static double niceCeiling(double value) {
        if (!(value > 0)) {
            return 1.0;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * decade >= value) {
                return step * decade;
            }
        }
        return 10 * decade;
    }
}
