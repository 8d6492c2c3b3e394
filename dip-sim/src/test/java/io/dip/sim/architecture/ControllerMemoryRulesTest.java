package io.dip.sim.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.dip.sim.architecture.fixtures.ConformingController;
import io.dip.sim.architecture.fixtures.DerivedController;
import io.dip.sim.architecture.fixtures.EnclosingProvider;
import io.dip.sim.architecture.fixtures.GrowingController;
import io.dip.sim.architecture.fixtures.HelperHoldingController;
import io.dip.sim.architecture.fixtures.ModelHoldingController;
import io.dip.sim.architecture.fixtures.ReferenceHoldingController;
import io.dip.sim.architecture.fixtures.ReplacedArrayController;
import io.dip.sim.architecture.fixtures.SkeletonController;
import io.dip.sim.architecture.fixtures.StatefulBase;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each controller memory rule fails on its violating fixture and passes on the conforming one. */
class ControllerMemoryRulesTest {

    private static final String FIXTURES = "io.dip.sim.architecture.fixtures";

    private static JavaClasses importing(Class<?>... classes) {
        return new ClassFileImporter().importClasses(classes);
    }

    private static JavaClasses conforming() {
        return new ClassFileImporter().importClasses(ConformingController.class, SkeletonController.class,
                classNamed("ConformingSurface"));
    }

    private static Class<?> classNamed(String simpleName) {
        try {
            return Class.forName(FIXTURES + "." + simpleName);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertViolations(ArchRule rule, JavaClasses classes, String... expected) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(classes));
        for (String text : expected) {
            assertTrue(error.getMessage().contains(text), "missing '" + text + "' in:\n" + error.getMessage());
        }
    }

    @Test
    void theConformingControllerPassesEveryRule() {
        JavaClasses classes = conforming();
        for (ArchRule rule : List.of(DipArchitectureRules.CONTROLLERS_ARE_NOT_INNER_CLASSES,
                DipArchitectureRules.CONTROLLERS_HOLD_NO_DYNAMICS_MODEL,
                DipArchitectureRules.CONTROLLERS_HOLD_NO_JAVA_REFERENCES,
                DipArchitectureRules.CONTROLLERS_HOLD_ONLY_BOUNDED_STATE,
                DipArchitectureRules.CONTROLLER_ARRAYS_ARE_FINAL, DipArchitectureRules.CONTROLLER_MEMORY_RULES)) {
            rule.check(classes);
        }
    }

    @Test
    void aDynamicsModelFieldFails() {
        JavaClasses classes = importing(ModelHoldingController.class, SkeletonController.class);
        assertViolations(DipArchitectureRules.CONTROLLERS_HOLD_NO_DYNAMICS_MODEL, classes,
                "ModelHoldingController.nominal", "ModelHoldingController.concreteNominal");
        assertViolations(DipArchitectureRules.CONTROLLER_MEMORY_RULES, classes, "ModelHoldingController.nominal");
    }

    @Test
    void weakAndSoftReferenceFieldsFail() {
        assertViolations(DipArchitectureRules.CONTROLLERS_HOLD_NO_JAVA_REFERENCES,
                importing(ReferenceHoldingController.class, SkeletonController.class),
                "ReferenceHoldingController.weakModel", "ReferenceHoldingController.softCache");
    }

    @Test
    void collectionMapBuilderAndStreamFieldsFail() {
        assertViolations(DipArchitectureRules.CONTROLLERS_HOLD_ONLY_BOUNDED_STATE,
                importing(GrowingController.class, SkeletonController.class),
                "GrowingController.sigmaLog", "GrowingController.cache", "GrowingController.trace",
                "GrowingController.legacyTrace", "GrowingController.samples");
    }

    @Test
    void aHelperHeldByAControllerIsCheckedToo() {
        assertViolations(DipArchitectureRules.CONTROLLERS_HOLD_ONLY_BOUNDED_STATE,
                importing(HelperHoldingController.class, classNamed("LeakyHelper"), SkeletonController.class),
                "LeakyHelper.samples");
    }

    @Test
    void aReplaceableArrayFailsAlsoWhenInherited() {
        JavaClasses classes = importing(ReplacedArrayController.class, SkeletonController.class);
        AssertionError error = assertThrows(AssertionError.class,
                () -> DipArchitectureRules.CONTROLLER_ARRAYS_ARE_FINAL.check(classes));
        assertTrue(error.getMessage().contains("ReplacedArrayController.scratch"), error.getMessage());
        assertTrue(!error.getMessage().contains("ReplacedArrayController.gains"), error.getMessage());
        assertViolations(DipArchitectureRules.CONTROLLER_ARRAYS_ARE_FINAL,
                importing(DerivedController.class, StatefulBase.class, SkeletonController.class),
                "StatefulBase.window");
    }

    @Test
    void anInnerClassControllerFails() {
        assertViolations(DipArchitectureRules.CONTROLLERS_ARE_NOT_INNER_CLASSES,
                importing(EnclosingProvider.InnerController.class, EnclosingProvider.class, SkeletonController.class),
                "EnclosingProvider$InnerController");
    }

    @Test
    void classesWithoutAnyControllerFailTheRuleSet() {
        assertViolations(DipArchitectureRules.CONTROLLER_MEMORY_RULES, importing(StatefulBase.class),
                "failed to check any classes");
    }
}
