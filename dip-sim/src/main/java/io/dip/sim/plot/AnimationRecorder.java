package io.dip.sim.plot;

import io.dip.api.Diagnostics;
import io.dip.api.StateIndex;
import io.dip.sim.recording.NoRecording;
import io.dip.sim.recording.Recorder;
import io.dip.sim.recording.Recording;
import java.util.Arrays;

/**
 * Keeps the frames of an animation while a run goes: the time, cart position, both link angles, the applied force
 * and the controller's mode label, once per {@link #FRAME_INTERVAL} of simulated time (25 frames per second of
 * simulated time). Bounded: when {@link #MAX_FRAMES} frames are held, every other one is dropped and the interval
 * doubles, so a long run gives a time-lapse of at most that many frames. {@link #record} allocates nothing.
 */
public final class AnimationRecorder implements Recorder {

    /** Simulated time between frames (s): 25 frames per second. */
    public static final double FRAME_INTERVAL = 0.04;
    /** Most frames kept (2 minutes at 25 frames per second). */
    public static final int MAX_FRAMES = 3000;

    private final double[] time = new double[MAX_FRAMES + 1];
    private final double[] position = new double[MAX_FRAMES + 1];
    private final double[] theta1 = new double[MAX_FRAMES + 1];
    private final double[] theta2 = new double[MAX_FRAMES + 1];
    private final double[] force = new double[MAX_FRAMES + 1];
    private final String[] mode = new String[MAX_FRAMES + 1];
    private Diagnostics diagnostics;
    private int modeIndex = -1;
    private double interval = FRAME_INTERVAL;
    private double nextFrame;
    private int frames;

    @Override
    public void observe(Diagnostics live) {
        this.diagnostics = live;
        this.modeIndex = live.indexOf(Diagnostics.MODE);
    }

    @Override
    public void begin(long expectedSteps) {
        frames = 0;
        nextFrame = 0;
        interval = FRAME_INTERVAL;
    }

    @Override
    public void record(double t, double[] x, double u, double d, double sigma) {
        if (t + 1e-9 < nextFrame) {
            return;
        }
        if (frames == MAX_FRAMES) {
            halve();
            if (t + 1e-9 < nextFrame) {
                return;
            }
        }
        add(t, x, u, modeIndex >= 0 ? diagnostics.valueLabel(modeIndex) : null);
        nextFrame += interval;
    }

    @Override
    public Recording finish(double t, double[] finalState, boolean complete) {
        if (frames == MAX_FRAMES) {
            halve();
        }
        add(t, finalState, frames > 0 ? force[frames - 1] : 0.0, frames > 0 ? mode[frames - 1] : null);
        return NoRecording.INSTANCE;
    }

    /** @return the frames kept, for {@link CartPendulumAnimation} */
    AnimationFrames frames() {
        return new AnimationFrames(Arrays.copyOf(time, frames), Arrays.copyOf(position, frames),
                Arrays.copyOf(theta1, frames), Arrays.copyOf(theta2, frames),
                Arrays.copyOf(force, frames), Arrays.copyOf(mode, frames));
    }

    private void add(double t, double[] x, double u, String label) {
        time[frames] = t;
        position[frames] = x[StateIndex.X];
        theta1[frames] = x[StateIndex.THETA1];
        theta2[frames] = x[StateIndex.THETA2];
        force[frames] = u;
        mode[frames] = label;
        frames++;
    }

    private void halve() {
        int kept = 0;
        for (int i = 0; i < frames; i += 2) {
            time[kept] = time[i];
            position[kept] = position[i];
            theta1[kept] = theta1[i];
            theta2[kept] = theta2[i];
            force[kept] = force[i];
            mode[kept] = mode[i];
            kept++;
        }
        frames = kept;
        interval *= 2;
        nextFrame = time[kept - 1] + interval;
    }
}
