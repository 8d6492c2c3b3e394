package io.dip.hardware.udp;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The faults an endpoint injects on its own send path, parsed from
 * {@code loss=0.05,burst=0.01:0.3,delay=2ms,jitter=1ms,dup=0.01,reorder=0.01,corrupt=0.01,noise=0.001,seed=7}.
 *
 * <ul>
 *   <li>{@code loss=P}: each datagram is dropped with probability P (independent losses);</li>
 *   <li>{@code burst=G:B}: bursty losses by the Gilbert–Elliott model: the link turns bad with probability G per
 *       datagram and good again with probability B; every datagram sent while bad is dropped (mean burst 1/B
 *       datagrams, long-run loss G/(G+B));</li>
 *   <li>{@code delay=D}, {@code jitter=J}: each datagram leaves after a delay uniform in [D − J, D + J] (clamped at
 *       0); durations take {@code ns}, {@code us}, {@code ms} or {@code s} (bare numbers are seconds);</li>
 *   <li>{@code dup=P}: the datagram is sent twice;</li>
 *   <li>{@code reorder=P}: the datagram is held back and sent just after the next one;</li>
 *   <li>{@code corrupt=P}: one random bit of the datagram is flipped (the CRC must catch it);</li>
 *   <li>{@code noise=S}: Gaussian noise of standard deviation S (in each state component's unit) on the states a
 *       plant sends (sensor noise; ignored by a controller's endpoint);</li>
 *   <li>{@code seed=N}: seed of the random streams (default 1); each endpoint derives its own stream from it.</li>
 * </ul>
 *
 * @param loss        independent loss probability
 * @param burstEnter  Gilbert–Elliott probability good → bad per datagram (0: no bursts)
 * @param burstLeave  Gilbert–Elliott probability bad → good per datagram
 * @param delayNanos  mean delay (ns)
 * @param jitterNanos half-width of the delay's uniform spread (ns)
 * @param duplicate   duplication probability
 * @param reorder     reordering probability
 * @param corrupt     bit-flip probability
 * @param sensorNoise standard deviation of the plant's sensor noise
 * @param seed        seed of the random streams
 */
public record FaultSpec(double loss, double burstEnter, double burstLeave, long delayNanos, long jitterNanos,
        double duplicate, double reorder, double corrupt, double sensorNoise, long seed) {

    /** No faults. */
    public static final FaultSpec NONE = new FaultSpec(0, 0, 1, 0, 0, 0, 0, 0, 0, 1);

    private static final String SYNTAX = "loss=P,burst=G:B,delay=D,jitter=J,dup=P,reorder=P,corrupt=P,noise=S,seed=N";

    /** Checks the ranges. */
    public FaultSpec {
        probability("loss", loss);
        probability("burst (good to bad)", burstEnter);
        probability("burst (bad to good)", burstLeave);
        if (burstEnter > 0 && burstLeave == 0) {
            throw new IllegalArgumentException("--inject burst: the bad-to-good probability must be > 0 (a link that "
                    + "never recovers)");
        }
        probability("dup", duplicate);
        probability("reorder", reorder);
        probability("corrupt", corrupt);
        if (delayNanos < 0 || jitterNanos < 0) {
            throw new IllegalArgumentException("--inject delay and jitter must be >= 0");
        }
        if (!(sensorNoise >= 0) || !Double.isFinite(sensorNoise)) {
            throw new IllegalArgumentException("--inject noise must be finite and >= 0, got " + sensorNoise);
        }
    }

    private static void probability(String key, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("--inject " + key + " must be a probability in [0, 1], got " + p);
        }
    }

    /** @return true when no datagram is ever dropped, delayed, duplicated, reordered or corrupted */
    public boolean isTransparent() {
        return loss == 0 && burstEnter == 0 && delayNanos == 0 && jitterNanos == 0 && duplicate == 0 && reorder == 0
                && corrupt == 0;
    }

    /**
     * @param text {@code key=value} pairs separated by commas; blank for no faults
     * @return the faults
     * @throws IllegalArgumentException naming the first bad item, e.g.
     *                                  {@code --inject: 'los=0.1': unknown key 'los' (keys: loss, burst, ...)}
     */
    public static FaultSpec parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        Map<String, String> items = new LinkedHashMap<>();
        for (String item : text.split(",", -1)) {
            String pair = item.strip();
            int eq = pair.indexOf('=');
            if (eq <= 0 || eq == pair.length() - 1) {
                throw new IllegalArgumentException("--inject: '" + pair + "' is not key=value (syntax: " + SYNTAX
                        + ")");
            }
            String key = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (items.put(key, pair.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException("--inject: key '" + key + "' given twice");
            }
        }
        double loss = 0;
        double enter = 0;
        double leave = 1;
        long delay = 0;
        long jitter = 0;
        double dup = 0;
        double reorder = 0;
        double corrupt = 0;
        double noise = 0;
        long seed = 1;
        for (Map.Entry<String, String> item : items.entrySet()) {
            String value = item.getValue();
            switch (item.getKey()) {
                case "loss" -> loss = number(item.getKey(), value);
                case "burst" -> {
                    String[] parts = value.split(":", -1);
                    if (parts.length != 2) {
                        throw new IllegalArgumentException("--inject: 'burst=" + value + "' must be burst=G:B (the "
                                + "good-to-bad and bad-to-good probabilities)");
                    }
                    enter = number("burst", parts[0]);
                    leave = number("burst", parts[1]);
                }
                case "delay" -> delay = duration("delay", value);
                case "jitter" -> jitter = duration("jitter", value);
                case "dup" -> dup = number(item.getKey(), value);
                case "reorder" -> reorder = number(item.getKey(), value);
                case "corrupt" -> corrupt = number(item.getKey(), value);
                case "noise" -> noise = number(item.getKey(), value);
                case "seed" -> {
                    try {
                        seed = Long.parseLong(value);
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--inject: seed '" + value + "' is not an integer", e);
                    }
                }
                default -> throw new IllegalArgumentException("--inject: unknown key '" + item.getKey()
                        + "' (syntax: " + SYNTAX + ")");
            }
        }
        return new FaultSpec(loss, enter, leave, delay, jitter, dup, reorder, corrupt, noise, seed);
    }

    private static double number(String key, String value) {
        try {
            double v = Double.parseDouble(value);
            if (Double.isFinite(v)) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--inject: " + key + " '" + value + "' is not a finite number");
    }

    /**
     * @param key   the key, for messages
     * @param value {@code 2ms}, {@code 150us}, {@code 500ns}, {@code 0.002s} or {@code 0.002} (seconds)
     * @return the duration (ns)
     */
    static long duration(String key, String value) {
        String v = value.toLowerCase(Locale.ROOT);
        double scale = 1e9;
        String number = v;
        for (String[] unit : new String[][] {{"ns", "1"}, {"us", "1e3"}, {"µs", "1e3"}, {"ms", "1e6"}, {"s", "1e9"}}) {
            if (v.endsWith(unit[0])) {
                number = v.substring(0, v.length() - unit[0].length());
                scale = Double.parseDouble(unit[1]);
                break;
            }
        }
        double seconds;
        try {
            seconds = Double.parseDouble(number.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--inject: " + key + " '" + value + "' is not a duration (e.g. 2ms, "
                    + "150us, 0.002s)", e);
        }
        double nanos = seconds * scale;
        if (!(nanos >= 0) || nanos > 3.6e12) {
            throw new IllegalArgumentException("--inject: " + key + " '" + value + "' must be between 0 and 1 h");
        }
        return Math.round(nanos);
    }

    /** @return the spec in the syntax {@link #parse} reads */
    public String format() {
        return String.format(Locale.ROOT, "loss=%s,burst=%s:%s,delay=%dns,jitter=%dns,dup=%s,reorder=%s,corrupt=%s,"
                + "noise=%s,seed=%d", loss, burstEnter, burstLeave, delayNanos, jitterNanos, duplicate, reorder,
                corrupt, sensorNoise, seed);
    }
}
