package io.dip.sim.plot;

import io.dip.api.PhysicalParameters;
import io.dip.sim.engine.Scenario;
import io.dip.sim.engine.SimulationEngine;
import io.dip.sim.testing.Plugins;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnimationHarnessTest {
    @Test
    void write() {
        Scenario s = Plugins.fullRk4("swing_up_smc").initialState(0, Math.PI, Math.PI, 0, 0, 0).duration(20)
                .dt(1e-3).trackLimit(1.0).build();
        AnimationRecorder rec = new AnimationRecorder();
        SimulationEngine.run(s, rec);
        CartPendulumAnimation.write(List.of(new AnimatedRun("swing_up_smc", rec, PhysicalParameters.DEFAULTS, 1.0,
                150)), Path.of("/tmp/g12h.gif"));
    }
}
