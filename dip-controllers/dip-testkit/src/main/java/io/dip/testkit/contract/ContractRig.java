package io.dip.testkit.contract;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DoubleRingBuffer;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * What every contract check needs: the provider under test, fresh nominal models (the checks own them, as the
 * engine does) and the control period; and the two ways the checks drive a controller.
 *
 * @param provider the controller under test
 * @param nominal  creates a fresh nominal model per call (the caller holds the only strong reference)
 * @param dt       control period (s)
 * @param states   the states {@code computeControl} is fed, in turn
 */
public record ContractRig(ControllerProvider provider, Supplier<DynamicsModel> nominal, double dt,
                          ProbeStates states) {

    /** Default control period of the contract: 0.01 s. */
    public static final double DEFAULT_DT = 0.01;

    /**
     * @param provider the controller under test
     * @param nominal  creates a fresh nominal model per call
     * @param dt       control period (s)
     */
    public ContractRig(ControllerProvider provider, Supplier<DynamicsModel> nominal, double dt) {
        this(provider, nominal, dt, new ProbeStates());
    }

    /**
     * @param ref the controller's handle on its nominal model
     * @return a new controller with default gains at the rig's control period
     */
    public Controller create(DynamicsRef ref) {
        return provider.create(ControllerSpec.defaults(provider.name(), dt), ref);
    }

    /**
     * The one place the contract reads a controller's bounded histories.
     *
     * @param controller the controller
     * @return its bounded histories by name ({@link Controller#histories()}, e.g. {@code sigma} and {@code u})
     */
    public static Map<String, DoubleRingBuffer> histories(Controller controller) {
        return controller.histories();
    }

    /**
     * @param controller the controller
     * @return the sizes of its histories by name, e.g. {@code {sigma=100, u=100}}
     */
    public static Map<String, Integer> historySizes(Controller controller) {
        Map<String, Integer> sizes = new TreeMap<>();
        histories(controller).forEach((name, history) -> sizes.put(name, history.size()));
        return sizes;
    }

    /**
     * Calls {@code computeControl} on the probe states {@code from, from + 1, …}, feeding each output back as the
     * next call's last control.
     *
     * @param controller the controller
     * @param from       index of the first probe state
     * @param out        receives the outputs; its length is the number of calls
     */
    public void drive(Controller controller, int from, double[] out) {
        double u = 0.0;
        for (int k = 0; k < out.length; k++) {
            u = controller.computeControl((from + k) * dt, states.get(from + k), u);
            out[k] = u;
        }
    }

    /**
     * @param controller the controller
     * @param calls      calls to make on the first probe states
     */
    public void use(Controller controller, int calls) {
        drive(controller, 0, new double[calls]);
    }
}
