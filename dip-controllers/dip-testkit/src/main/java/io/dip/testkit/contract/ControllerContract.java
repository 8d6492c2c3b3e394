package io.dip.testkit.contract;

import io.dip.api.ControllerProvider;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import java.util.ArrayList;
import java.util.List;

/**
 * The runtime contract every controller plugin must meet, as PASS/FAIL rows ({@link CheckResult}), in five parts:
 * <ol>
 *   <li>allocation ({@link AllocationProbe}): 0 B in every window of 2²¹ {@code computeControl} calls and of 2²⁰
 *       closed-loop steps, measured in a child JVM with escape analysis off;</li>
 *   <li>footprint ({@link FootprintCheck}): retained size within {@link FootprintCheck#CEILING_BYTES} and no growth
 *       over 2²¹ calls;</li>
 *   <li>clean-up ({@link CleanupChecks}): {@code close()} clears the histories and drops the model reference, a
 *       closed controller and a dropped model are collected, a call after the model is gone raises
 *       {@link io.dip.api.DynamicsReleasedException}, the histories stay bounded;</li>
 *   <li>behaviour ({@link BehaviourChecks}): {@code reset()} restores the initial behaviour, instances are
 *       independent (thread confinement);</li>
 *   <li>gain validation ({@link GainValidationCheck}).</li>
 * </ol>
 * It needs no test framework: the audit and the JUnit base class {@code io.dip.testkit.junit.ControllerContractTest}
 * both run it.
 */
public final class ControllerContract {

    /** Every row name, in report order. */
    public static final List<String> CHECKS = names();

    private final ContractRig rig;

    /** @param rig the controller under test, its nominal models and control period */
    public ControllerContract(ContractRig rig) {
        this.rig = rig;
    }

    /**
     * @param provider the controller under test
     * @return the contract with the {@code full} model (default physical parameters) as nominal model and a
     *         control period of {@value ContractRig#DEFAULT_DT} s
     */
    public static ControllerContract of(ControllerProvider provider) {
        return new ControllerContract(new ContractRig(provider, () -> new FullDynamics(PhysicalParameters.DEFAULTS),
                ContractRig.DEFAULT_DT));
    }

    /** @return the allocation rows */
    public List<CheckResult> allocation() {
        return AllocationProbe.run(rig.provider(), rig.dt()).rows();
    }

    /** @return the footprint rows */
    public List<CheckResult> footprint() {
        return new FootprintCheck(rig).run();
    }

    /** @return the clean-up rows */
    public List<CheckResult> cleanup() {
        return new CleanupChecks(rig).run();
    }

    /** @return the behaviour rows */
    public List<CheckResult> behaviour() {
        return new BehaviourChecks(rig).run();
    }

    /**
     * The holding rules, statically and on a live controller; not part of {@link #run()}, since {@code dip audit}
     * reports them in a section of their own.
     *
     * @return the holding rows ({@link HoldingChecks#CHECKS})
     */
    public List<CheckResult> holding() {
        return new HoldingChecks(rig).run();
    }

    /** @return the gain-validation row */
    public List<CheckResult> gains() {
        return List.of(new GainValidationCheck(rig).run());
    }

    /** @return every row, in the order of {@link #CHECKS} */
    public List<CheckResult> run() {
        List<CheckResult> rows = new ArrayList<>(allocation());
        rows.addAll(inProcess());
        return rows;
    }

    /** @return the rows measured in this JVM (all but the allocation rows), in the order of {@link #CHECKS} */
    public List<CheckResult> inProcess() {
        List<CheckResult> rows = new ArrayList<>(footprint());
        rows.addAll(cleanup());
        rows.addAll(behaviour());
        rows.addAll(gains());
        return rows;
    }

    private static List<String> names() {
        List<String> names = new ArrayList<>(AllocationProbe.CHECKS);
        names.addAll(FootprintCheck.CHECKS);
        names.addAll(CleanupChecks.CHECKS);
        names.addAll(BehaviourChecks.CHECKS);
        names.add(GainValidationCheck.GAINS_VALIDATED);
        return List.copyOf(names);
    }
}
