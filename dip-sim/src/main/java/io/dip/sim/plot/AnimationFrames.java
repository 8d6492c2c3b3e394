package io.dip.sim.plot;

/**
 * The frames of one animated run, in time order (all arrays of the same length).
 *
 * @param time     simulated time of each frame (s)
 * @param position cart position x (m)
 * @param theta1   link-1 angle from upright (rad)
 * @param theta2   link-2 angle from upright (rad)
 * @param force    force applied to the cart (N)
 * @param mode     the controller's mode label, or null when it has none
 */
record AnimationFrames(double[] time, double[] position, double[] theta1, double[] theta2, double[] force,
                       String[] mode) {

    /** @return the number of frames */
    int size() {
        return time.length;
    }

    /** @return the largest |x| over the frames (m) */
    double peakPosition() {
        double peak = 0;
        for (double x : position) {
            peak = Math.max(peak, Math.abs(x));
        }
        return peak;
    }
}
