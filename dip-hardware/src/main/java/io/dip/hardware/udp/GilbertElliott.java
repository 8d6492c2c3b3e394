package io.dip.hardware.udp;

import java.util.SplittableRandom;

/**
 * Bursty loss by the two-state Gilbert–Elliott model: before each datagram the link moves good → bad with
 * probability {@code enter} and bad → good with probability {@code leave}; a datagram sent while bad is lost. Bursts
 * last 1/leave datagrams on average; the long-run loss rate is {@code enter / (enter + leave)}. Allocation-free.
 */
final class GilbertElliott {

    private final double enter;
    private final double leave;
    private boolean bad;

    /**
     * @param enter probability good → bad per datagram (0 turns the model off)
     * @param leave probability bad → good per datagram, &gt; 0 when {@code enter} &gt; 0
     */
    GilbertElliott(double enter, double leave) {
        this.enter = enter;
        this.leave = leave;
    }

    /**
     * Advances the chain by one datagram.
     *
     * @param random the endpoint's random stream
     * @return true when this datagram is lost (the link is bad)
     */
    boolean lose(SplittableRandom random) {
        if (enter == 0) {
            return false;
        }
        if (bad) {
            bad = random.nextDouble() >= leave;
        } else {
            bad = random.nextDouble() < enter;
        }
        return bad;
    }
}
