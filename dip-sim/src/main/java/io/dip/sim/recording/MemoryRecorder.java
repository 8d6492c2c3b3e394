package io.dip.sim.recording;

import io.dip.api.StateIndex;

/**
 * Keeps the run in memory as a {@link Trajectory}: one row every {@code sampleEvery} steps, at most
 * {@code recordLimit} rows (beyond that the oldest rows are overwritten, like a ring).
 *
 * <p>The row storage is allocated once, in {@link #begin}, for {@code min(recordLimit, ⌈steps/sampleEvery⌉)} rows
 * (80 bytes a row); {@link #record} writes into it and allocates nothing.
 */
public final class MemoryRecorder implements Recorder {

    /** Default row cap: 1 000 000 rows (80 MB), e.g. 1000 s of every step at dt = 1 ms. */
    public static final int DEFAULT_RECORD_LIMIT = 1_000_000;
    /** Configuration key of the row cap. */
    public static final String RECORD_LIMIT_KEY = "record_limit";

    private final int recordLimit;
    private final Decimator decimator;
    private double[] data;
    private int capacity;
    private int next;
    private long recorded;
    private boolean finished;

    /** Records every step, up to {@link #DEFAULT_RECORD_LIMIT} rows. */
    public MemoryRecorder() {
        this(DEFAULT_RECORD_LIMIT, 1);
    }

    /**
     * @param recordLimit maximum rows kept, ≥ 1
     * @param sampleEvery keep one step in this many, ≥ 1
     */
    public MemoryRecorder(int recordLimit, int sampleEvery) {
        if (recordLimit < 1) {
            throw new IllegalArgumentException(RECORD_LIMIT_KEY + " must be >= 1, got " + recordLimit);
        }
        this.recordLimit = recordLimit;
        this.decimator = new Decimator(sampleEvery);
    }

    @Override
    public void begin(long expectedSteps) {
        if (data != null || finished) {
            throw new IllegalStateException("a MemoryRecorder records one run; create a new one");
        }
        capacity = (int) Math.max(1, Math.min(recordLimit, decimator.keptOf(Math.max(0, expectedSteps))));
        data = new double[capacity * Trajectory.WIDTH];
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        if (!decimator.keep()) {
            return;
        }
        int base = next * Trajectory.WIDTH;
        data[base + Trajectory.TIME] = t;
        System.arraycopy(x, 0, data, base + Trajectory.STATE, StateIndex.DIMENSION);
        data[base + Trajectory.CONTROL] = u;
        data[base + Trajectory.DISTURBANCE] = d;
        data[base + Trajectory.SIGMA] = sigma;
        next = next + 1 == capacity ? 0 : next + 1;
        recorded++;
    }

    @Override
    public Trajectory finish(double t, double[] finalState, boolean complete) {
        if (data == null || finished) {
            throw new IllegalStateException("finish without begin, or twice");
        }
        finished = true;
        int rows = (int) Math.min(recorded, capacity);
        double[] ordered = new double[rows * Trajectory.WIDTH];
        int oldest = recorded > capacity ? next : 0;
        int firstPart = Math.min(rows, capacity - oldest);
        System.arraycopy(data, oldest * Trajectory.WIDTH, ordered, 0, firstPart * Trajectory.WIDTH);
        System.arraycopy(data, 0, ordered, firstPart * Trajectory.WIDTH, (rows - firstPart) * Trajectory.WIDTH);
        data = null;
        return new Trajectory(ordered, rows, recorded - rows, decimator.sampleEvery(), t, finalState, complete);
    }
}
