package io.dip.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * A task asking a member for the fingerprints of its plugin jars, sent to every member before a study starts;
 * null from a member that serves no studies.
 */
final class PluginInventory implements Callable<List<PluginFingerprint>>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private transient HazelcastInstance instance;

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.instance = hazelcastInstance;
    }

    @Override
    public List<PluginFingerprint> call() {
        StudyHost host = (StudyHost) instance.getUserContext().get(StudyHost.KEY);
        return host == null ? null : host.plugins();
    }
}
