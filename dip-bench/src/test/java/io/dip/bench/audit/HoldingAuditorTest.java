package io.dip.bench.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.ControllerProvider;
import io.dip.api.DynamicsModel;
import io.dip.bench.ReferenceRig;
import io.dip.bench.fixtures.LeakyPlugin;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.holding.HoldingViolation;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit's holding part judges every audited controller's classes (a plugin's in its jar) and objects. */
class HoldingAuditorTest {

    private static final String LEAKY = "io.dip.testplugin.leaky.LeakyController";

    @Test
    void aLeakyPluginFailsOnItsClassesAndItsObjectsWithThePaths(@TempDir Path plugins) throws Exception {
        LeakyPlugin.jar(plugins);
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            DynamicsModel nominal = ReferenceRig.from(registry).nominalModel();
            HoldingAudit holding = HoldingAuditor.run(registry, List.of(registry.controller(LeakyPlugin.NAME)),
                    nominal, 0.01);

            assertFalse(holding.passed());
            assertEquals(List.of("leaky (leaky.jar): classes", "leaky (leaky.jar): objects"), holding.failing());
            HoldingSubject classes = holding.subjects().get(0);
            assertEquals(List.of(LEAKY), classes.report().controllersJudged());
            assertTrue(paths(classes.report().violations()).containsAll(List.of(
                    LEAKY + ".model -> io.dip.api.DynamicsModel",
                    LEAKY + ".states -> java.util.List<double[]>")), classes.report().describe());
            // the delegate is typed Controller: the class files cannot tell, the object-graph walk can
            assertTrue(paths(classes.report().deferred()).contains(LEAKY + ".delegate -> io.dip.api.Controller"),
                    classes.report().describe());
            HoldingSubject objects = holding.subjects().get(1);
            assertTrue(paths(objects.report().violations()).containsAll(List.of(
                    LEAKY + ".model -> " + nominal.getClass().getName(),
                    LEAKY + ".states -> java.util.ArrayList")), objects.report().describe());
        }
    }

    @Test
    void aControllerNamedIsJudgedWhateverElseThePluginsDirectoryHolds(@TempDir Path plugins) throws Exception {
        LeakyPlugin.jar(plugins);
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            HoldingAudit holding = HoldingAuditor.run(registry, List.of(registry.controller("classical_smc")),
                    ReferenceRig.from(registry).nominalModel(), 0.01);
            assertEquals(2, holding.subjects().size(), holding.subjects().toString());
            assertTrue(holding.passed(), holding.failing().toString());
        }
    }

    @Test
    void builtInControllersAreJudgedOnTheirClassesAndObjectsAndPass() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            List<ControllerProvider> builtIns = registry.plugins(PluginKind.CONTROLLER).stream()
                    .map(info -> registry.controller(info.name())).toList();
            HoldingAudit holding = HoldingAuditor.run(registry, builtIns, ReferenceRig.from(registry).nominalModel(),
                    0.01);
            assertEquals(2 * builtIns.size(), holding.subjects().size(), holding.subjects().toString());
            assertTrue(holding.passed(), holding.failing().toString());
        }
    }

    private static List<String> paths(List<HoldingViolation> findings) {
        return findings.stream().map(HoldingViolation::path).toList();
    }
}
