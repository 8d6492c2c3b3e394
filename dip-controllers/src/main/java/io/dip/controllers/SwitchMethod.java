package io.dip.controllers;

/**
 * The smooth replacement of {@code sign(σ)} inside the boundary layer ε (option {@code switch_method}).
 */
public enum SwitchMethod {

    /** {@code sat(σ, ε) = tanh(σ/ε)} (the default; see {@link HyperbolicTangent}). */
    TANH("tanh"),

    /** {@code sat(σ, ε) = clamp(σ/ε, −1, 1)}. */
    LINEAR("linear");

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
     * @param epsilon the boundary-layer width ε &gt; 0 (units of σ)
     * @return {@code sat(σ, ε)} in [−1, 1]
     */
    public double apply(double sigma, double epsilon) {
        double scaled = sigma / epsilon;
        if (this == TANH) {
            return HyperbolicTangent.tanh(scaled);
        }
        return Math.max(-1.0, Math.min(1.0, scaled));
    }

    /**
     * @param optionValue {@code tanh} or {@code linear}
     * @return the method
     * @throws IllegalArgumentException for any other value
     */
    public static SwitchMethod fromOption(String optionValue) {
        for (SwitchMethod method : values()) {
            if (method.optionValue.equals(optionValue)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown switch method " + optionValue + " (allowed: tanh, linear)");
    }
}
