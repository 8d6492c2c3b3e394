package io.dip.testkit.holding.corpus.bad;

import java.util.ArrayList;
import java.util.List;

/** An interface whose constant is a list every implementation appends to. */
public interface Tunable {

    /** Every gain ever tried. */
    List<Double> TRIED = new ArrayList<>();
}
