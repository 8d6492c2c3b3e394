package io.dip.controllers.swingup;

import io.dip.api.DynamicsModel;
import io.dip.api.PhysicalParameters;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The swing-up plans computed so far, by nominal model (class, name and physical parameters), control period,
 * actuator limit and the part of the track the plan may use, so that creating a controller for a known nominal
 * model is cheap (Monte Carlo studies and tuning create one per run). Concurrent creations of the same plan wait for
 * one computation; different plans are computed in parallel. Bounded: beyond {@value #CAPACITY} plans an arbitrary
 * one is dropped. A failed design is not kept.
 */
final class SwingUpPlanCache {

    /** Most plans kept. */
    static final int CAPACITY = 16;

    private static final Map<Key, FutureTask<SwingUpPlan>> PLANS = new ConcurrentHashMap<>();

    private SwingUpPlanCache() {
    }

    /**
     * What a plan depends on.
     *
     * @param modelClass the nominal model's class
     * @param modelName  its name
     * @param parameters its physical parameters
     * @param dt         control period (s)
     * @param maxForce   actuator limit (N)
     * @param track      the track half-length the design sees (m), min(track_limit, 1 m)
     */
    private record Key(String modelClass, String modelName, PhysicalParameters parameters, double dt,
                       double maxForce, double track) {
    }

    /**
     * @param model      the nominal model
     * @param dt         control period (s)
     * @param maxForce   actuator limit (N)
     * @param trackLimit track half-length (m)
     * @return the plan, computed on first use
     * @throws IllegalArgumentException when no swing-up is found (see {@link SwingUpPlanner#plan})
     */
    static SwingUpPlan plan(DynamicsModel model, double dt, double maxForce, double trackLimit) {
        double track = Math.min(trackLimit, SwingUpPlanner.TRACK_CAP);
        Key key = new Key(model.getClass().getName(), model.name(), model.parameters(), dt, maxForce, track);
        FutureTask<SwingUpPlan> created = new FutureTask<>(() -> SwingUpPlanner.plan(model, dt, maxForce, track));
        FutureTask<SwingUpPlan> task = PLANS.putIfAbsent(key, created);
        if (task == null) {
            task = created;
            evictBeyondCapacity(key);
            task.run();
        }
        try {
            return task.get();
        } catch (ExecutionException e) {
            PLANS.remove(key, task);
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("swing-up design failed", e.getCause());
        } catch (InterruptedException e) {
            PLANS.remove(key, task);
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while designing the swing-up", e);
        }
    }

    private static void evictBeyondCapacity(Key keep) {
        Iterator<Key> keys = PLANS.keySet().iterator();
        while (PLANS.size() > CAPACITY && keys.hasNext()) {
            Key key = keys.next();
            if (!key.equals(keep)) {
                keys.remove();
            }
        }
    }
}
