package io.dip.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.List;

/**
 * Counts collections between {@link #start()} and {@link #stop()} without allocating in either: the collector
 * beans are looked up once, and the counts are kept in primitive fields. Use it where a heap probe must not see the
 * measurement's own objects; {@link GcActivity#now()} is simpler elsewhere.
 */
public final class GcSampler {

    private final GarbageCollectorMXBean[] collectors;
    private long startCollections;
    private long startMillis;
    private long collections;
    private long pauseMillis;

    /** Looks the collector beans up. */
    public GcSampler() {
        List<GarbageCollectorMXBean> beans = ManagementFactory.getGarbageCollectorMXBeans();
        collectors = beans.toArray(new GarbageCollectorMXBean[0]);
    }

    /** Starts a sample. */
    public void start() {
        startCollections = totalCollections();
        startMillis = totalMillis();
    }

    /** Ends the sample started last. */
    public void stop() {
        collections = totalCollections() - startCollections;
        pauseMillis = totalMillis() - startMillis;
    }

    /** @return the collections of the last sample */
    public GcActivity activity() {
        return new GcActivity(collections, pauseMillis);
    }

    private long totalCollections() {
        long sum = 0;
        for (int i = 0; i < collectors.length; i++) {
            sum += Math.max(0, collectors[i].getCollectionCount());
        }
        return sum;
    }

    private long totalMillis() {
        long sum = 0;
        for (int i = 0; i < collectors.length; i++) {
            sum += Math.max(0, collectors[i].getCollectionTime());
        }
        return sum;
    }
}
