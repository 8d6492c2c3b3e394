package io.dip.web;

import io.dip.api.StateIndex;
import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;

/**
 * Streams a run to an {@link EventFeed} as {@code samples} events while it goes: one step in
 * {@code ⌈steps / }{@value #STREAM_ROWS}{@code ⌉} is kept, so a run of any length streams at most about
 * {@value #STREAM_ROWS} samples, in frames of {@value #FRAME_ROWS}.
 *
 * <p>{@link #record} copies the kept values into preallocated arrays; the JSON text of a frame is built once per
 * {@value #FRAME_ROWS} kept steps and handed to the feed, which never blocks. Each frame is
 * {@code {"t":[..],"x":[..],"theta1":[..],"theta2":[..],"u":[..],"sigma":[..]}} in s, m, rad, rad, N and σ's unit.
 */
final class StreamRecorder implements Recorder {

    /** About how many samples a run streams. */
    static final int STREAM_ROWS = 2000;

    /** Samples per event. */
    static final int FRAME_ROWS = 40;

    /** The event name of a frame. */
    static final String EVENT = "samples";

    private static final String[] NAMES = {"t", "x", "theta1", "theta2", "u", "sigma"};

    private final EventFeed feed;
    private final double[][] frame = new double[NAMES.length][FRAME_ROWS];
    private long every = 1;
    private long step;
    private int used;

    /** @param feed where the frames go */
    StreamRecorder(EventFeed feed) {
        this.feed = feed;
    }

    @Override
    public void begin(long expectedSteps) {
        every = Math.max(1, (expectedSteps + STREAM_ROWS - 1) / STREAM_ROWS);
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        if (step++ % every != 0) {
            return;
        }
        frame[0][used] = t;
        frame[1][used] = x[StateIndex.X];
        frame[2][used] = x[StateIndex.THETA1];
        frame[3][used] = x[StateIndex.THETA2];
        frame[4][used] = u;
        frame[5][used] = sigma;
        if (++used == FRAME_ROWS) {
            flush();
        }
    }

    @Override
    public Recording finish(double t, double[] finalState, boolean complete) {
        flush();
        return NoRecording.INSTANCE;
    }

    private void flush() {
        if (used == 0) {
            return;
        }
        StringBuilder json = new StringBuilder(used * NAMES.length * 12);
        json.append('{');
        for (int c = 0; c < NAMES.length; c++) {
            json.append(c == 0 ? "\"" : ",\"").append(NAMES[c]).append("\":[");
            for (int r = 0; r < used; r++) {
                double v = frame[c][r];
                if (r > 0) {
                    json.append(',');
                }
                if (Double.isFinite(v)) {
                    json.append(v);
                } else {
                    json.append("null");
                }
            }
            json.append(']');
        }
        json.append('}');
        used = 0;
        feed.publish(new ServerEvent(EVENT, json.toString()));
    }
}
