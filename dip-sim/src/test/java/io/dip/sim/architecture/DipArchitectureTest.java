package io.dip.sim.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.implement;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.dip.api.Controller;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Applies the rules to the project's own classes: every {@code io.dip} class on the test class path (dip-api,
 * dip-dynamics, dip-controllers, dip-hardware and dip-sim main classes; tests and fixtures excluded).
 */
class DipArchitectureTest {

    private static JavaClasses projectClasses;

    @BeforeAll
    static void importProject() {
        projectClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/architecture/fixtures/"))
                .importPackages("io.dip");
    }

    @Test
    void theProjectFollowsTheLayeringRules() {
        assertFalse(projectClasses.that(resideInAPackage("io.dip.api..")).isEmpty(), "dip-api classes not found");
        assertFalse(projectClasses.that(resideInAPackage("io.dip.sim..")).isEmpty(), "dip-sim classes not found");
        DipArchitectureRules.LAYERING_RULES.check(projectClasses);
    }

    @Test
    void everyBuiltInControllerFollowsTheMemoryRules() {
        JavaClasses controllers = projectClasses.that(resideInAPackage("io.dip.controllers.."));
        assertFalse(controllers.that(implement(Controller.class)).isEmpty(),
                "no Controller implementation found in io.dip.controllers on the test class path");
        DipArchitectureRules.CONTROLLER_MEMORY_RULES.check(projectClasses);
    }
}
