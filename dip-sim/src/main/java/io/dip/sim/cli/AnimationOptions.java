package io.dip.sim.cli;

import io.dip.sim.engine.Scenario;
import io.dip.sim.plot.AnimatedRun;
import io.dip.sim.plot.AnimationRecorder;
import io.dip.sim.plot.CartPendulumAnimation;
import io.dip.sim.recording.Recorder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --animate FILE.gif} option of the commands that run trajectories: an animated GIF of the cart and both
 * links (see {@link CartPendulumAnimation}), one panel per animated run. Use it as a picocli {@code @Mixin}: check
 * it is checked with the other outputs before any work ({@link OutputFile}); wrap each animated run's recorder with {@link #record}, and
 * {@link #write} the file after the runs.
 */
final class AnimationOptions {

    @OutputFile(OutputFormat.GIF)
    @Option(names = "--animate", paramLabel = "FILE.gif",
            description = "Write an animated GIF (25 frames/s) of the cart and both links with the time, the force and "
                    + "the controller's mode.")
    private Path target;

    private final List<Scenario> scenarios = new ArrayList<>();
    private final List<AnimationRecorder> recorders = new ArrayList<>();

    /** @return true when an animation was asked for */
    boolean requested() {
        return target != null;
    }

    /** @return the GIF file, or null */
    Path target() {
        return target;
    }

    /**
     * @param scenario the run to animate
     * @param recorder its other recorder
     * @return a recorder that also keeps the animation frames (the run's recording stays {@code recorder}'s), or
     *         {@code recorder} itself when no animation was asked for
     */
    Recorder record(Scenario scenario, Recorder recorder) {
        if (target == null) {
            return recorder;
        }
        AnimationRecorder frames = new AnimationRecorder();
        scenarios.add(scenario);
        recorders.add(frames);
        return new TeeRecorder(recorder, frames);
    }

    /** Writes the GIF of the recorded runs, in the order they were registered. */
    void write() {
        List<AnimatedRun> runs = new ArrayList<>(scenarios.size());
        for (int i = 0; i < scenarios.size(); i++) {
            Scenario scenario = scenarios.get(i);
            runs.add(new AnimatedRun(scenario.name(), recorders.get(i), scenario.plant().parameters(),
                    scenario.trackLimit(), scenario.maxForce()));
        }
        CartPendulumAnimation.write(runs, target);
    }
}
