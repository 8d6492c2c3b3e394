package io.dip.hil;

import io.dip.api.HardwareDriver;
import io.dip.api.HardwareDriverSpec;
import io.dip.api.Options;
import io.dip.hardware.udp.FaultSpec;
import io.dip.hardware.udp.HostPort;
import io.dip.hardware.udp.UdpLink;
import io.dip.sim.engine.Scenario;
import java.util.Map;

/** The controller end of a loopback link in tests. */
final class HilLinks {

    private HilLinks() {
    }

    /**
     * @param scenario the run
     * @param plant    the plant server
     * @param faults   faults on the commands
     * @return an open, started UDP link bound to 127.0.0.1 on an ephemeral port
     */
    static HardwareDriver open(Scenario scenario, HostPort plant, FaultSpec faults) {
        HardwareDriver link = new UdpLink(new HardwareDriverSpec(scenario.dt(), scenario.maxForce(),
                scenario.initialState(), Double.POSITIVE_INFINITY, scenario.seed(), null,
                Options.of("hil.udp_link", Map.of(UdpLink.PLANT, plant.toString(), UdpLink.BIND,
                        HostPort.LOOPBACK + ":0", UdpLink.INJECT, faults.format()))));
        link.open();
        link.start();
        return link;
    }
}
