package io.dip.bench.audit;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.bench.ReferenceRig;
import io.dip.sim.runtime.PluginInfo;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.holding.HoldingReport;
import io.dip.testkit.holding.HoldingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Judges what every audited controller holds, each created with default gains over the reference rig's nominal
 * model:
 * <ul>
 *   <li>its class statically: a plugin's with every class of its jar as candidate implementations (whatever else
 *       the plugins directory holds), a built-in's with its provider's class;</li>
 *   <li>its objects, after {@link #CALLS_BEFORE_WALK} calls, so that state built on first use is in place.</li>
 * </ul>
 */
public final class HoldingAuditor {

    /** computeControl calls made before the object-graph walk. */
    public static final int CALLS_BEFORE_WALK = 1_000;

    private static final String BUILT_IN_SOURCE = "classpath";

    private HoldingAuditor() {
    }

    /**
     * @param registry  the loaded plugins
     * @param providers the controllers audited
     * @param nominal   the nominal model the controllers are created over (held by the caller for the run)
     * @param dt        the control period (s)
     * @return every verdict, per controller its classes then its objects
     */
    public static HoldingAudit run(PluginRegistry registry, List<ControllerProvider> providers,
            DynamicsModel nominal, double dt) {
        List<HoldingSubject> subjects = new ArrayList<>();
        for (ControllerProvider provider : providers) {
            PluginInfo info = registry.info(PluginKind.CONTROLLER, provider.name());
            boolean builtIn = info.source().startsWith(BUILT_IN_SOURCE);
            String subject = builtIn ? provider.name() : provider.name() + " (" + info.source() + ")";
            try (Controller controller = provider.create(ControllerSpec.defaults(provider.name(), dt),
                    DynamicsRef.of(nominal))) {
                Class<?> type = controller.getClass();
                subjects.add(judged(subject, HoldingSubject.CLASSES, () -> builtIn
                        ? HoldingRules.checkController(type, List.of(type, provider.getClass()))
                        : HoldingRules.checkInItsJar(type)));
                subjects.add(judged(subject, HoldingSubject.OBJECTS, () -> {
                    double u = 0.0;
                    for (int i = 0; i < CALLS_BEFORE_WALK; i++) {
                        u = controller.computeControl(i * dt, ReferenceRig.INITIAL_STATE, u);
                    }
                    return HoldingRules.inspect(controller);
                }));
            } catch (RuntimeException | LinkageError e) {
                subjects.add(new HoldingSubject(subject, HoldingSubject.CLASSES + " and " + HoldingSubject.OBJECTS,
                        null, "could not be created: " + e));
            }
        }
        return new HoldingAudit(subjects);
    }

    private static HoldingSubject judged(String subject, String check, Supplier<HoldingReport> judge) {
        try {
            return new HoldingSubject(subject, check, judge.get(), null);
        } catch (RuntimeException | LinkageError e) {
            return new HoldingSubject(subject, check, null, "could not be judged: " + e);
        }
    }
}
