package io.dip.sim.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameStartingWith;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import io.dip.sim.testing.PluginJarBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each layering rule fails on classes that break it and passes on classes that follow it. The fixtures live in
 * the project's own package names, so they are compiled at test time into a jar that is imported but never put on
 * the class path.
 */
class LayeringRulesTest {

    @TempDir
    static Path temp;

    private static JavaClasses all;

    @BeforeAll
    static void compileFixtures() throws Exception {
        Path jar = new PluginJarBuilder("layering-fixtures.jar")
                .source("io.dip.api.fixture.LeakyApi", """
                        package io.dip.api.fixture;
                        public class LeakyApi { io.dip.sim.fixture.Engine engine; }
                        """)
                .source("io.dip.api.fixture.CleanApi", """
                        package io.dip.api.fixture;
                        public class CleanApi { io.dip.api.DynamicsRef ref; java.util.List<String> names; }
                        """)
                .source("io.dip.sim.fixture.Engine", """
                        package io.dip.sim.fixture;
                        public class Engine { io.dip.api.fixture.CleanApi api; }
                        """)
                .source("io.dip.dynamics.fixture.GoodModel", """
                        package io.dip.dynamics.fixture;
                        public class GoodModel { io.dip.api.PhysicalParameters p; GoodHelper helper; }
                        """)
                .source("io.dip.dynamics.fixture.GoodHelper", """
                        package io.dip.dynamics.fixture;
                        public class GoodHelper { }
                        """)
                .source("io.dip.dynamics.fixture.BadModel", """
                        package io.dip.dynamics.fixture;
                        public class BadModel { io.dip.controllers.fixture.Helper helper; }
                        """)
                .source("io.dip.controllers.fixture.Helper", """
                        package io.dip.controllers.fixture;
                        public class Helper { }
                        """)
                .source("io.dip.hardware.fixture.BadDriver", """
                        package io.dip.hardware.fixture;
                        public class BadDriver { Object run() { return new io.dip.sim.fixture.Engine(); } }
                        """)
                .source("io.dip.sim.cycle.a.Alpha", """
                        package io.dip.sim.cycle.a;
                        public class Alpha { io.dip.sim.cycle.b.Beta beta; }
                        """)
                .source("io.dip.sim.cycle.b.Beta", """
                        package io.dip.sim.cycle.b;
                        public class Beta { io.dip.sim.cycle.a.Alpha alpha; }
                        """)
                .source("com.acme.AcmeProvider", """
                        package com.acme;
                        public class AcmeProvider { io.dip.api.ParameterSpace gains; java.util.Map<String, Object> m; }
                        """)
                .source("javax.inject.Inject", """
                        package javax.inject;
                        public @interface Inject { }
                        """)
                .source("io.dip.sim.fixture.OldInjection", """
                        package io.dip.sim.fixture;
                        public class OldInjection { @javax.inject.Inject Engine engine; }
                        """)
                .writeTo(Files.createDirectories(temp.resolve("jars")));
        try (JarFile file = new JarFile(jar.toFile())) {
            all = new ClassFileImporter().importJar(file);
        }
    }

    private static JavaClasses only(String... packages) {
        return all.that(resideInAnyPackage(packages));
    }

    private static void assertViolation(ArchRule rule, JavaClasses classes, String... expected) {
        AssertionError error = assertThrows(AssertionError.class, () -> rule.check(classes));
        for (String text : expected) {
            assertTrue(error.getMessage().contains(text), "missing '" + text + "' in:\n" + error.getMessage());
        }
    }

    @Test
    void theApiMustNotReachOtherProjectPackages() {
        assertViolation(DipArchitectureRules.API_DEPENDS_ON_NO_OTHER_PROJECT_PACKAGE, only("io.dip.api.."),
                "io.dip.api.fixture.LeakyApi", "io.dip.sim.fixture.Engine");
        DipArchitectureRules.API_DEPENDS_ON_NO_OTHER_PROJECT_PACKAGE.check(
                all.that(resideInAPackage("io.dip.api..").and(not(simpleName("LeakyApi")))));
    }

    @Test
    void pluginModulesMayUseOnlyTheApi() {
        assertViolation(DipArchitectureRules.PLUGIN_MODULES_DEPEND_ONLY_ON_API,
                only("io.dip.dynamics..", "io.dip.hardware..", "io.dip.controllers.."),
                "io.dip.dynamics.fixture.BadModel", "io.dip.controllers.fixture.Helper",
                "io.dip.hardware.fixture.BadDriver", "io.dip.sim.fixture.Engine");
        DipArchitectureRules.PLUGIN_MODULES_DEPEND_ONLY_ON_API.check(all.that(simpleNameStartingWith("Good")));
    }

    @Test
    void packageCyclesFail() {
        assertViolation(DipArchitectureRules.NO_PACKAGE_CYCLES, only("io.dip.sim.cycle.."), "Cycle detected",
                "io.dip.sim.cycle.a.Alpha", "io.dip.sim.cycle.b.Beta");
        DipArchitectureRules.NO_PACKAGE_CYCLES.check(only("io.dip.dynamics..", "io.dip.api.."));
    }

    @Test
    void javaxInjectIsBanned() {
        assertViolation(DipArchitectureRules.NO_JAVAX_INJECT, only("io.dip.sim.fixture.."),
                "io.dip.sim.fixture.OldInjection", "javax.inject.Inject");
        DipArchitectureRules.NO_JAVAX_INJECT.check(only("io.dip.dynamics..", "io.dip.api.."));
    }

    @Test
    void theCombinedLayeringRulesReportEveryKindOfViolation() {
        assertViolation(DipArchitectureRules.LAYERING_RULES, all, "LeakyApi", "BadModel", "BadDriver",
                "Cycle detected", "OldInjection");
    }

    @Test
    void theLayeringRulesPassOnAThirdPartysClasses() {
        DipArchitectureRules.LAYERING_RULES.check(only("com.acme.."));
    }
}
