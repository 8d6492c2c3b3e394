package io.dip.controllers;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The switching function {@code sat(σ, ε)} of the reaching laws (option {@code switch_method}): the discontinuous
 * {@code sign(σ)}, or a smooth replacement of it inside the boundary layer ε.
 */
public enum SwitchMethod {

    /** {@code sat(σ, ε) = tanh(σ/ε)} (the default; see {@link HyperbolicTangent}). */
    TANH("tanh"),

    /** {@code sat(σ, ε) = clamp(σ/ε, −1, 1)}. */
    LINEAR("linear"),

    /**
     * {@code sat(σ, ε) = sign(σ)} with sign(0) = 0: no boundary layer (ε is ignored). With it the super-twisting
     * controller is the textbook law {@code u = u_eq + (−K1·√|σ|·sign(σ) + v − kd·σ)/β},
     * {@code v̇ = −K2·sign(σ)}.
     */
    SIGN("sign");

    private final String optionValue;

    SwitchMethod(String optionValue) {
        this.optionValue = optionValue;
    }

    /** @return the value of the {@code switch_method} option that selects this method */
    public String optionValue() {
        return optionValue;
    }

    /**
     * @param sigma   the sliding variable σ
     * @param epsilon the boundary-layer width ε &gt; 0 (units of σ); not used by {@link #SIGN}
     * @return {@code sat(σ, ε)} in [−1, 1]
     */
    public double apply(double sigma, double epsilon) {
        if (this == TANH) {
            return HyperbolicTangent.tanh(sigma / epsilon);
        }
        if (this == LINEAR) {
            return Math.max(-1.0, Math.min(1.0, sigma / epsilon));
        }
        return Math.signum(sigma);
    }

    /** @return the accepted values of the {@code switch_method} option, in declaration order */
    public static Set<String> optionValues() {
        Set<String> accepted = new LinkedHashSet<>();
        for (SwitchMethod method : values()) {
            accepted.add(method.optionValue);
        }
        return accepted;
    }

    /**
     * @param optionValue one of {@link #optionValues()}
     * @return the method
     * @throws IllegalArgumentException for any other value
     */
    public static SwitchMethod fromOption(String optionValue) {
        for (SwitchMethod method : values()) {
            if (method.optionValue.equals(optionValue)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown switch method " + optionValue + " (allowed: "
                + String.join(", ", optionValues()) + ")");
    }
}
