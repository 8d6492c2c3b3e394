package io.dip.sim.architecture;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
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
                // other modules' shared test support (test-jars) is test code too
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.dip");
    }

    @Test
    void theProjectFollowsTheLayeringRules() {
        assertFalse(projectClasses.that(resideInAPackage("io.dip.api..")).isEmpty(), "dip-api classes not found");
        assertFalse(projectClasses.that(resideInAPackage("io.dip.sim..")).isEmpty(), "dip-sim classes not found");
        DipArchitectureRules.LAYERING_RULES.check(projectClasses);
    }
}
