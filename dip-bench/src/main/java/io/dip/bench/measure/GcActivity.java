package io.dip.bench.measure;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Collection count and accumulated collection time of every garbage collector of this JVM, summed
 * (from the {@link GarbageCollectorMXBean}s). Take one snapshot before and one after a run, then
 * {@link #since} gives the collections that happened during the run.
 *
 * @param collections number of collections
 * @param pauseMillis accumulated collection time (ms) as the collectors report it
 */
public record GcActivity(long collections, long pauseMillis) {

    /** @return the totals so far */
    public static GcActivity now() {
        long count = 0;
        long millis = 0;
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(0, bean.getCollectionCount());
            millis += Math.max(0, bean.getCollectionTime());
        }
        return new GcActivity(count, millis);
    }

    /**
     * @param earlier a snapshot taken before this one
     * @return the activity between the two snapshots
     */
    public GcActivity since(GcActivity earlier) {
        return new GcActivity(collections - earlier.collections, pauseMillis - earlier.pauseMillis);
    }
}
