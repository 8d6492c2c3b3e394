package io.dip.sim.recording;

import io.dip.api.StateIndex;
import java.util.List;

/**
 * An in-memory recording: rows of {@code t, x, θ1, θ2, ẋ, θ̇1, θ̇2, u, d, σ} (state before the step; the actuator's
 * force u and the disturbance d during it, the plant receiving u + d; σ, NaN for a controller without one), oldest
 * first, plus the end state. Immutable.
 *
 * <p>When the recorder's row cap was reached the oldest rows were overwritten: {@link #droppedRows()} tells how many.
 */
public final class Trajectory implements Recording {

    /** Column names, as in CSV files. */
    public static final List<String> COLUMNS =
            List.of("t", "x", "theta1", "theta2", "x_dot", "theta1_dot", "theta2_dot", "u", "d", "sigma");
    /** Column of the time t (s). */
    public static final int TIME = 0;
    /** Column of the first state component; state component i is in column {@code STATE + i}. */
    public static final int STATE = 1;
    /** Column of the actuator's force u (N): the controller's output after the motor limit. */
    public static final int CONTROL = STATE + StateIndex.DIMENSION;
    /** Column of the disturbance force d (N) on the cart, added to u after the motor limit. */
    public static final int DISTURBANCE = CONTROL + 1;
    /** Column of σ ({@link Recorder#NO_SIGMA} when the controller has no sliding variable). */
    public static final int SIGMA = DISTURBANCE + 1;
    /** Number of columns. */
    public static final int WIDTH = SIGMA + 1;

    private final double[] data;
    private final int rows;
    private final long droppedRows;
    private final int sampleEvery;
    private final double finalTime;
    private final double[] finalState;
    private final boolean complete;

    /** Takes ownership of {@code data} (rows × {@link #WIDTH}, row-major, oldest first). */
    Trajectory(double[] data, int rows, long droppedRows, int sampleEvery, double finalTime, double[] finalState,
            boolean complete) {
        this.data = data;
        this.rows = rows;
        this.droppedRows = droppedRows;
        this.sampleEvery = sampleEvery;
        this.finalTime = finalTime;
        this.finalState = finalState.clone();
        this.complete = complete;
    }

    @Override
    public long rows() {
        return rows;
    }

    /** @return {@link #rows()} as an int (an in-memory trajectory never holds more) */
    public int size() {
        return rows;
    }

    @Override
    public boolean complete() {
        return complete;
    }

    /** @return rows overwritten because the row cap was reached */
    public long droppedRows() {
        return droppedRows;
    }

    /** @return the decimation factor: one row every that many steps */
    public int sampleEvery() {
        return sampleEvery;
    }

    /**
     * @param row    row index, 0 = oldest kept
     * @param column column index ({@link #TIME}, {@link #STATE} + i, {@link #CONTROL}, {@link #DISTURBANCE},
     *               {@link #SIGMA})
     * @return the value
     */
    public double value(int row, int column) {
        if (row < 0 || row >= rows || column < 0 || column >= WIDTH) {
            throw new IndexOutOfBoundsException("row " + row + ", column " + column + " outside " + rows + " x "
                    + WIDTH);
        }
        return data[row * WIDTH + column];
    }

    /** @return t of a row (s) */
    public double time(int row) {
        return value(row, TIME);
    }

    /** @return state component {@code i} of a row, before the step */
    public double state(int row, int i) {
        return value(row, STATE + i);
    }

    /** @return the actuator's force during the step of a row (N) */
    public double control(int row) {
        return value(row, CONTROL);
    }

    /** @return the disturbance force during the step of a row (N) */
    public double disturbance(int row) {
        return value(row, DISTURBANCE);
    }

    /** @return σ of a row, or {@link Recorder#NO_SIGMA} when the controller has none */
    public double sigma(int row) {
        return value(row, SIGMA);
    }

    /** @return true when some row holds a σ (false for a controller without a sliding variable) */
    public boolean hasSigma() {
        for (int r = 0; r < rows; r++) {
            if (!Double.isNaN(data[r * WIDTH + SIGMA])) {
                return true;
            }
        }
        return false;
    }

    /** @return true when some row has a non-zero disturbance force */
    public boolean hasDisturbance() {
        for (int r = 0; r < rows; r++) {
            if (data[r * WIDTH + DISTURBANCE] != 0.0) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param column column index
     * @return the column's values, oldest first (a new array)
     */
    public double[] column(int column) {
        double[] out = new double[rows];
        for (int r = 0; r < rows; r++) {
            out[r] = value(r, column);
        }
        return out;
    }

    /** @return the time of the end state (s) */
    public double finalTime() {
        return finalTime;
    }

    /** @return the end state (a copy) */
    public double[] finalState() {
        return finalState.clone();
    }
}
