package io.dip.sim.tuning;

import java.util.Arrays;

/**
 * A box {@code lower[i] ≤ x[i] ≤ upper[i]} in which an optimiser searches. A dimension with
 * {@code lower[i] == upper[i]} is fixed at that value.
 *
 * @param lower the lower bounds, finite
 * @param upper the upper bounds, finite, each ≥ its lower bound
 */
public record SearchBounds(double[] lower, double[] upper) {

    /** Validates and copies the arrays. */
    public SearchBounds {
        if (lower == null || upper == null) {
            throw new IllegalArgumentException("bounds need both a lower and an upper array");
        }
        if (lower.length == 0 || lower.length != upper.length) {
            throw new IllegalArgumentException("bounds need as many lower as upper values (at least one), got "
                    + lower.length + " and " + upper.length);
        }
        for (int i = 0; i < lower.length; i++) {
            if (!(Double.isFinite(lower[i]) && Double.isFinite(upper[i]) && lower[i] <= upper[i])) {
                throw new IllegalArgumentException("bounds of dimension " + i + ": [" + lower[i] + ", " + upper[i]
                        + "] must be finite with lower <= upper");
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** @return the number of dimensions */
    public int dimension() {
        return lower.length;
    }

    /** @return a copy of the lower bounds */
    @Override
    public double[] lower() {
        return lower.clone();
    }

    /** @return a copy of the upper bounds */
    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** @return the lower bound of dimension {@code i} */
    public double lower(int i) {
        return lower[i];
    }

    /** @return the upper bound of dimension {@code i} */
    public double upper(int i) {
        return upper[i];
    }

    /** @return the width {@code upper[i] − lower[i]} of dimension {@code i} */
    public double width(int i) {
        return upper[i] - lower[i];
    }

    /** @return the centre of the box (a new array) */
    public double[] centre() {
        double[] c = new double[lower.length];
        for (int i = 0; i < c.length; i++) {
            c[i] = 0.5 * (lower[i] + upper[i]);
        }
        return c;
    }

    /**
     * @param x a point of this dimension
     * @return true when every coordinate lies within its bounds (a NaN coordinate does not)
     */
    public boolean contains(double[] x) {
        checkDimension(x);
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Projects a point onto the box, coordinate by coordinate.
     *
     * @param x a point of this dimension; not modified
     * @return the nearest point of the box (a new array)
     */
    public double[] clamp(double[] x) {
        checkDimension(x);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = Math.min(upper[i], Math.max(lower[i], x[i]));
        }
        return out;
    }

    private void checkDimension(double[] x) {
        if (x.length != lower.length) {
            throw new IllegalArgumentException("point has " + x.length + " coordinates, the bounds have "
                    + lower.length);
        }
    }

    /** Two bounds are equal when their lower and upper arrays are equal element by element. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SearchBounds b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    /** @return a hash of both arrays' contents */
    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    /** @return both arrays, written out */
    @Override
    public String toString() {
        return "SearchBounds[lower=" + Arrays.toString(lower) + ", upper=" + Arrays.toString(upper) + "]";
    }
}
