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

/** The audit's holding part judges plugin jars and built-ins statically and every controller's objects. */
class HoldingAuditorTest {

    private static final String LEAKY = "io.dip.testplugin.leaky.LeakyController";

    @Test
    void aLeakyPluginJarFailsOnItsClassesAndItsObjectsWithThePaths(@TempDir Path plugins) throws Exception {
        LeakyPlugin.jar(plugins);
        try (PluginRegistry registry = PluginRegistry.load(plugins)) {
            ReferenceRig rig = ReferenceRig.from(registry);
            DynamicsModel nominal = rig.nominalModel();
            HoldingAudit holding = HoldingAuditor.run(registry, List.of(registry.controller(LeakyPlugin.NAME)),
                    plugins, nominal, 0.01);

            assertFalse(holding.passed());
            assertEquals(List.of("leaky.jar (classes)", "leaky (objects)"), holding.failing());
            HoldingSubject jar = holding.subjects().get(0);
            assertEquals(List.of(LEAKY), jar.report().controllersJudged());
            assertTrue(paths(jar.report().violations()).containsAll(List.of(
                    LEAKY + ".model -> io.dip.api.DynamicsModel",
                    LEAKY + ".states -> java.util.List<double[]>")), jar.report().describe());
            // the delegate is typed Controller: the class files cannot tell, the object-graph walk can
            assertTrue(paths(jar.report().deferred()).contains(LEAKY + ".delegate -> io.dip.api.Controller"),
                    jar.report().describe());
            HoldingSubject objects = holding.subjects().get(1);
            assertTrue(paths(objects.report().violations()).containsAll(List.of(
                    LEAKY + ".model -> " + nominal.getClass().getName(),
                    LEAKY + ".states -> java.util.ArrayList")), objects.report().describe());
        }
    }

    @Test
    void builtInControllersAreJudgedOnTheirClassesAndObjectsAndPass() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            List<ControllerProvider> builtIns = registry.plugins(PluginKind.CONTROLLER).stream()
                    .map(info -> registry.controller(info.name())).toList();
            HoldingAudit holding = HoldingAuditor.run(registry, builtIns, null,
                    ReferenceRig.from(registry).nominalModel(), 0.01);
            assertEquals(2 * builtIns.size(), holding.subjects().size(), holding.subjects().toString());
            assertTrue(holding.passed(), holding.failing().toString());
        }
    }

    private static List<String> paths(List<HoldingViolation> findings) {
        return findings.stream().map(HoldingViolation::path).toList();
    }
}
