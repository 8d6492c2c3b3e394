package io.dip.examples.plugin;

import io.dip.api.ControllerProvider;
import io.dip.testkit.junit.ControllerContractTest;

/** The example plugin under the test kit, as a plugin author runs it: the holding rules and the runtime contract. */
class StateFeedbackContractTest extends ControllerContractTest {

    @Override
    protected ControllerProvider provider() {
        return new StateFeedbackProvider();
    }
}
