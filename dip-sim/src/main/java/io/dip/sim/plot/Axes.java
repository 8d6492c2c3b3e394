package io.dip.sim.plot;

import java.awt.Color;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * The axis conventions every plot of the project follows: white background, grid, tick labels at round values
 * written with a leading zero and without spurious digits, a numeric axis of round limits (for time: from 0 to a
 * multiple of a 1-2-2.5-5 step), and logarithmic axes spanning whole decades so that every decade is labelled.
 */
public final class Axes {

    private static final String AXIS_MARK = "axis ticks";
    /** The tick labels of a logarithmic axis: 1E-4, 1E0, 1E3. */
    private static final String DECADES = "0E0";

    private Axes() {
    }

    /** @param styler a chart's styler, styled in place for print */
    public static void style(AxesChartStyler styler) {
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotGridLinesVisible(true);
        styler.setPlotBorderVisible(true);
        styler.setMarkerSize(0);
    }

    /**
     * @param value a positive value
     * @return the smallest of 1, 2, 2.5, 5 or 10 times a power of ten that is ≥ {@code value}
     */
    public static double niceCeiling(double value) {
        if (!(value > 0) || !Double.isFinite(value)) {
            return 1.0;
        }
        double decade = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * decade >= value * (1 - 1e-12)) {
                return step * decade;
            }
        }
        return 10 * decade;
    }

    /**
     * @param end the largest time (s), &gt; 0
     * @return the end of a time axis from 0: {@code end} rounded up to a multiple of a round step of about a tenth
     *         of it (10 s → 10, 4.999 → 5, 0.37 → 0.4)
     */
    public static double timeAxisEnd(double end) {
        if (!(end > 0) || !Double.isFinite(end)) {
            return 1.0;
        }
        double step = niceCeiling(end / 10);
        return Math.ceil(end / step * (1 - 1e-12)) * step;
    }

    /**
     * Gives a chart a numeric x axis from {@code min} to {@code max} with ticks at round values. XChart puts the ticks
     * of equally spaced x data (every time series) on data points, at values such as 0.41; a hidden series of two
     * unevenly spaced points, with no value and no legend entry, makes it choose round ticks instead.
     *
     * @param chart the chart, with its series already added
     * @param min   the axis start
     * @param max   the axis end, &gt; {@code min}
     */
    public static void roundXAxis(XYChart chart, double min, double max) {
        XYStyler styler = chart.getStyler();
        styler.setXAxisMin(min);
        styler.setXAxisMax(max);
        styler.setXAxisDecimalPattern(decimalPattern(max - min));
        XYSeries mark = chart.addSeries(AXIS_MARK, new double[] {min, min + (max - min) * 1e-9},
                new double[] {Double.NaN, Double.NaN});
        mark.setShowInLegend(false);
        mark.setMarker(SeriesMarkers.NONE);
    }

    /**
     * Sets a y axis's tick label pattern for values up to {@code magnitude}: plain decimals with a leading zero for
     * magnitudes from 0.001 to 10⁵, scientific notation outside.
     *
     * @param styler    the chart's styler
     * @param magnitude the largest |value| on the axis
     */
    public static void yPattern(AxesChartStyler styler, double magnitude) {
        styler.setYAxisDecimalPattern(decimalPattern(magnitude));
    }

    /**
     * @param magnitude the span or the largest |value| of an axis
     * @return a {@link java.text.DecimalFormat} pattern that shows its round ticks without spurious digits
     */
    static String decimalPattern(double magnitude) {
        if (!(magnitude > 0) || !Double.isFinite(magnitude)) {
            return "0.###";
        }
        if (magnitude < 1e-3 || magnitude >= 1e5) {
            return "0.0##E0";
        }
        int decimals = Math.max(0, 2 - (int) Math.floor(Math.log10(magnitude)));
        return decimals == 0 ? "0" : "0." + "#".repeat(decimals + 1);
    }

    /**
     * Makes the y axis logarithmic from the decade at or below {@code min} to the decade at or above {@code max}, so
     * that at least two decades are labelled and every decade in between is, all in one notation.
     *
     * @param styler the chart's styler
     * @param min    the smallest plotted value, &gt; 0
     * @param max    the largest plotted value, ≥ {@code min}
     */
    public static void logYAxis(AxesChartStyler styler, double min, double max) {
        styler.setYAxisLogarithmic(true);
        styler.setYAxisMin(decadeBelow(min));
        styler.setYAxisMax(decadeAbove(min, max));
        styler.setYAxisDecimalPattern(DECADES);
    }

    /**
     * As {@link #logYAxis}, for the x axis.
     *
     * @param styler the chart's styler
     * @param min    the smallest plotted value, &gt; 0
     * @param max    the largest plotted value, ≥ {@code min}
     */
    public static void logXAxis(AxesChartStyler styler, double min, double max) {
        styler.setXAxisLogarithmic(true);
        styler.setXAxisMin(decadeBelow(min));
        styler.setXAxisMax(decadeAbove(min, max));
        styler.setXAxisDecimalPattern(DECADES);
    }

    private static double decadeBelow(double value) {
        return Math.pow(10, Math.floor(Math.log10(value)));
    }

    private static double decadeAbove(double min, double max) {
        return Math.max(decadeBelow(min) * 10, Math.pow(10, Math.ceil(Math.log10(max))));
    }
}
