package io.dip.testkit.holding.corpus.helpers;

import java.util.ArrayList;

/** A "window" that is a list: never trimmed. */
public final class Window {

    private final ArrayList<Double> samples = new ArrayList<>();

    /** @param value appended */
    public void add(double value) {
        samples.add(value);
    }
}
