package io.dip.sim.recording;

/** Creates the recorder of each run of a batch (recorders are single-use and confined to one run's thread). */
@FunctionalInterface
public interface RecorderFactory {

    /**
     * @param runIndex index of the run in its batch, from 0
     * @return a new recorder for that run (or a stateless shared one)
     */
    Recorder create(int runIndex);

    /** @return a factory of recorders that keep nothing */
    static RecorderFactory none() {
        return index -> NullRecorder.INSTANCE;
    }
}
