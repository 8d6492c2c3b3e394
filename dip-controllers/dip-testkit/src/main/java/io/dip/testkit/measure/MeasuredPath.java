package io.dip.testkit.measure;

/**
 * The code whose allocation is measured: one call per {@link #run}. Create every input beforehand; the
 * implementation must not allocate for the meter to read 0.
 */
@FunctionalInterface
public interface MeasuredPath {

    /**
     * @param iteration the call's number, 0, 1, 2, … (to vary inputs without allocating)
     */
    void run(long iteration);
}
