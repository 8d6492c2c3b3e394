package io.dip.controllers.swingup;

/**
 * The switching thresholds of {@link SwingUpSmc} — its gain vector, in this order.
 *
 * @param enterAngle the hold region: both wrapped angles below it (rad) …
 * @param enterRate  … and both link rates below it (rad/s)
 * @param leaveAngle the hold is left when a wrapped angle exceeds it (rad), &gt; enterAngle
 * @param abortError the swing is abandoned when an angle strays further from the reference (rad)
 */
record SwingUpThresholds(double enterAngle, double enterRate, double leaveAngle, double abortError) {
}
