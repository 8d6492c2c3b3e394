package io.dip.testkit.holding.corpus.helpers;

import java.util.ArrayList;
import java.util.List;

/** A process-wide log that controllers append to. */
public final class Logbook {

    /** Every state ever logged. */
    public static final List<double[]> ENTRIES = new ArrayList<>();

    private Logbook() {
    }
}
