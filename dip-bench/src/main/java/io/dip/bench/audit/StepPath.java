package io.dip.bench.audit;

import io.dip.sim.engine.ClosedLoop;
import io.dip.sim.realtime.HotPath;

/** One closed-loop step per run through the engine's {@link ClosedLoop#step()}. Allocation-free. */
final class StepPath implements HotPath {

    private final ClosedLoop loop;

    StepPath(ClosedLoop loop) {
        this.loop = loop;
    }

    @Override
    public void run(long iteration) {
        loop.step();
    }
}
