package io.dip.bench.audit;

import io.dip.api.Controller;
import io.dip.sim.realtime.HotPath;
import io.dip.testkit.contract.ProbeStates;

/**
 * One {@code computeControl} call per run, on the {@link ProbeStates} in turn, feeding each output back as the
 * next call's last control. Allocation-free.
 */
final class ControlPath implements HotPath {

    private final Controller controller;
    private final ProbeStates states;
    private final double dt;
    private double lastControl;

    ControlPath(Controller controller, ProbeStates states, double dt) {
        this.controller = controller;
        this.states = states;
        this.dt = dt;
    }

    @Override
    public void run(long iteration) {
        lastControl = controller.computeControl(iteration * dt, states.get(iteration), lastControl);
    }

    /** @return the last force computed (keeps the work observable) */
    double lastControl() {
        return lastControl;
    }
}
