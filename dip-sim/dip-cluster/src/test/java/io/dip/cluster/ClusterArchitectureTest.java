package io.dip.cluster;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.dip.sim.architecture.DipArchitectureRules;
import org.junit.jupiter.api.Test;

/** The cluster module follows the project's layering rules (no package cycles with the simulation module). */
class ClusterArchitectureTest {

    @Test
    void theClusterModuleFollowsTheLayeringRules() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("-tests.jar"))
                .importPackages("io.dip");
        assertFalse(classes.that(resideInAPackage("io.dip.cluster..")).isEmpty(), "dip-cluster classes not found");
        DipArchitectureRules.LAYERING_RULES.check(classes);
    }
}
