package io.dip.bench.audit;

import io.dip.api.ControllerProvider;
import io.dip.bench.ReferenceRig;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.sim.engine.Cancellation;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs the audit over a set of controllers and collects the {@link AuditReport}. A controller whose measurement
 * throws (its provider fails, its loop falls during the timed steps) is reported as an {@link AuditError} and
 * the audit goes on with the next.
 */
public final class Audit {

    private Audit() {
    }

    /**
     * @param registry    the loaded plugins (built-ins and the plugins directory)
     * @param controllers names (or aliases) to audit; empty for every registered controller
     * @param settings    what to measure
     * @param plugins     the plugins directory the registry was loaded with, or null
     * @param progress    where progress lines go
     * @param stop        set to interrupt the audit: the controller being audited is dropped, the rest not
     *                    audited, and the report covers those audited before
     * @return the report
     * @throws io.dip.sim.runtime.PluginException when a name matches no controller
     */
    public static AuditReport run(PluginRegistry registry, List<String> controllers, AuditSettings settings,
                                  Path plugins, PrintStream progress, Cancellation stop) {
        long start = System.nanoTime();
        List<ControllerProvider> providers = new ArrayList<>();
        if (controllers.isEmpty()) {
            registry.plugins(PluginKind.CONTROLLER).forEach(info -> providers.add(registry.controller(info.name())));
        } else {
            controllers.forEach(name -> providers.add(registry.controller(name)));
        }
        ReferenceRig rig = ReferenceRig.from(registry);
        progress.println("audit: holding rules on the classes and objects of " + providers.size() + " controller(s)");
        HoldingAudit holding = HoldingAuditor.run(registry, providers, rig.nominalModel(), settings.dt());
        ControllerAuditor auditor = new ControllerAuditor(rig, settings, plugins, progress, stop);
        List<ControllerAudit> audits = new ArrayList<>();
        List<AuditError> errors = new ArrayList<>();
        List<String> notAudited = new ArrayList<>();
        for (ControllerProvider provider : providers) {
            if (stop.isCancelled()) {
                notAudited.add(provider.name());
                continue;
            }
            try {
                audits.add(auditor.audit(provider));
            } catch (RuntimeException e) {
                if (stop.isCancelled()) {
                    // a child JVM destroyed by the interruption fails too: the controller is not audited
                    progress.println("audit " + provider.name() + ": interrupted");
                    notAudited.add(provider.name());
                    continue;
                }
                progress.println("audit " + provider.name() + ": could not be audited: " + e);
                errors.add(new AuditError(provider.name(), e.getClass().getSimpleName() + ": " + e.getMessage()));
            }
        }
        return new AuditReport(MachineInfo.current(), settings, audits, errors, holding, notAudited,
                System.nanoTime() - start);
    }
}
