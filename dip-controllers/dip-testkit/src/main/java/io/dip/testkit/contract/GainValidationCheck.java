package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.ParameterSpace;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.List;

/**
 * The gain-validation part of the contract: default gains are accepted; a wrong gain count, and a NaN or infinite
 * value in any position, are refused with an {@link IllegalArgumentException} whose message names the count or
 * the gain; a value the controller refuses as out of its domain (probed with 0 and −1 in every position) is refused
 * the same way. Any other exception, or a message that does not name the gain, fails.
 */
public final class GainValidationCheck {

    /** Row name. */
    public static final String GAINS_VALIDATED = "bad gains -> IllegalArgumentException naming the gain";

    /** Values probed in every position; a controller may accept them (they may lie in the gain's domain). */
    private static final double[] DOMAIN_PROBES = {0.0, -1.0};
    private static final double[] NON_FINITE = {Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};

    private final ContractRig rig;

    /** @param rig the controller under test */
    public GainValidationCheck(ContractRig rig) {
        this.rig = rig;
    }

    /** @return the row */
    public CheckResult run() {
        return CheckResult.guarded(GAINS_VALIDATED, this::check);
    }

    private CheckResult check() {
        ParameterSpace space = rig.provider().gains();
        double[] defaults = space.defaults();
        int n = defaults.length;
        List<String> problems = new ArrayList<>();
        String accepted = attempt(defaults.clone());
        if (accepted != null) {
            problems.add("the default gains were refused: " + accepted);
        }
        for (int count : new int[] {n + 1, n - 1}) {
            if (count < 0) {
                continue;
            }
            double[] gains = new double[count];
            System.arraycopy(defaults, 0, gains, 0, Math.min(n, count));
            String outcome = attempt(gains);
            String expected = Integer.toString(n);
            if (outcome == null) {
                problems.add(count + " gains accepted (expected " + n + ")");
            } else if (!outcome.startsWith(IAE) || !outcome.contains(expected)
                    || !outcome.contains(Integer.toString(count))) {
                problems.add(count + " gains: expected an IllegalArgumentException naming both counts (" + n
                        + " expected, " + count + " given), got " + outcome);
            }
        }
        for (int i = 0; i < n; i++) {
            String name = space.names().get(i);
            for (double bad : NON_FINITE) {
                double[] gains = defaults.clone();
                gains[i] = bad;
                String outcome = attempt(gains);
                if (outcome == null) {
                    problems.add("gain " + name + " = " + bad + " accepted");
                } else if (!namesGain(outcome, name)) {
                    problems.add("gain " + name + " = " + bad + ": expected an IllegalArgumentException naming "
                            + name + ", got " + outcome);
                }
            }
            for (double probe : DOMAIN_PROBES) {
                double[] gains = defaults.clone();
                gains[i] = probe;
                String outcome = attempt(gains);
                if (outcome != null && !namesGain(outcome, name)) {
                    problems.add("gain " + name + " = " + probe + " refused without naming it: " + outcome);
                }
            }
        }
        return problems.isEmpty()
                ? CheckResult.pass(GAINS_VALIDATED, "defaults accepted; counts " + (n + 1) + " and " + (n - 1)
                        + ", NaN and ±∞ in each of " + n + " positions refused with the count or gain named")
                : CheckResult.fail(GAINS_VALIDATED, String.join("; ", problems));
    }

    private static final String IAE = "IllegalArgumentException: ";

    private static boolean namesGain(String outcome, String name) {
        return outcome.startsWith(IAE) && outcome.substring(IAE.length()).contains(name);
    }

    /** @return null when the controller was created, else the exception's simple name and message */
    private String attempt(double[] gains) {
        DynamicsModel model = rig.nominal().get();
        ControllerSpec spec = new ControllerSpec(gains, rig.dt(), ControllerSpec.DEFAULT_MAX_FORCE,
                ControllerSpec.defaults(rig.provider().name(), rig.dt()).options());
        try (Controller ignored = rig.provider().create(spec, DynamicsRef.of(model))) {
            return null;
        } catch (RuntimeException e) {
            return e.getClass().getSimpleName() + ": " + e.getMessage();
        } finally {
            Reference.reachabilityFence(model);
        }
    }
}
