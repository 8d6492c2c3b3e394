package io.dip.sim.recording;

/** Keeps one step in {@code sampleEvery}: steps 0, N, 2N... Allocation-free. */
final class Decimator {

    /** Configuration key of the decimation factor. */
    static final String KEY = "sample_every";

    private final int sampleEvery;
    private int countdown;

    Decimator(int sampleEvery) {
        if (sampleEvery < 1) {
            throw new IllegalArgumentException(KEY + " must be >= 1, got " + sampleEvery);
        }
        this.sampleEvery = sampleEvery;
    }

    /** @return the decimation factor N */
    int sampleEvery() {
        return sampleEvery;
    }

    /** @return true when the current step is to be kept; advances to the next step */
    boolean keep() {
        if (countdown == 0) {
            countdown = sampleEvery - 1;
            return true;
        }
        countdown--;
        return false;
    }

    /**
     * @param steps a number of steps
     * @return how many of them are kept, ⌈steps/N⌉
     */
    long keptOf(long steps) {
        return steps / sampleEvery + (steps % sampleEvery == 0 ? 0 : 1);
    }
}
