package io.dip.sim.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.api.Options;
import io.dip.api.PhysicalParameters;
import io.dip.sim.testing.FixtureControllerProvider;
import io.dip.sim.testing.FixtureDynamicsProvider;
import io.dip.sim.testing.FixtureEulerProvider;
import io.dip.sim.testing.PluginJarBuilder;
import io.dip.sim.testing.PluginSources;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {

    @TempDir
    Path temp;

    private Path pluginsDir() throws Exception {
        return Files.createDirectories(temp.resolve("plugins"));
    }

    private Path controllerJar(Path dir, String jarName, String className, String name, String alias,
            String constructorBody) {
        return new PluginJarBuilder(jarName)
                .source(className, PluginSources.controllerProvider(className, name, alias, constructorBody))
                .service(ControllerProvider.class, className)
                .writeTo(dir);
    }

    @Test
    void findsClassPathProvidersOfEveryKindWithNormalisedNamesAndAliases() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            ControllerProvider controller = registry.controller(FixtureControllerProvider.NAME);
            assertSame(controller, registry.controller("  Fixture-Feedback "));
            assertSame(controller, registry.controller("fixture fb"));
            assertSame(registry.dynamics(FixtureDynamicsProvider.NAME), registry.dynamics("FIXTURE_PM"));
            assertEquals(FixtureEulerProvider.NAME, registry.integrator("fixture-euler").name());

            PluginInfo info = registry.info(PluginKind.CONTROLLER, "fixture_fb");
            assertEquals(FixtureControllerProvider.NAME, info.name());
            assertEquals(List.of("fixture_fb"), info.aliases());
            assertEquals("classpath", info.source());
            assertEquals(6, info.gains().dimension());
            assertEquals("classpath, module io.dip.sim.testing.FixtureIntegratorModule",
                    registry.info(PluginKind.INTEGRATOR, FixtureEulerProvider.NAME).source());
            assertEquals(null, registry.info(PluginKind.DYNAMICS, FixtureDynamicsProvider.NAME).gains());
        }
    }

    /** The test class path without its {@link DipModule} service entry: the registry then builds no injector. */
    private static ClassLoader withoutModules() {
        String modules = "META-INF/services/" + DipModule.class.getName();
        return new ClassLoader(PluginRegistryTest.class.getClassLoader()) {
            @Override
            public Enumeration<URL> getResources(String name) throws IOException {
                return name.equals(modules) ? Collections.emptyEnumeration() : super.getResources(name);
            }
        };
    }

    @Test
    void withoutAModuleThePlainProvidersAreTheRegistry() {
        try (PluginRegistry registry = PluginRegistry.builder().classLoader(withoutModules()).build()) {
            ControllerProvider controller = registry.controller("fixture fb");
            assertEquals(FixtureControllerProvider.class, controller.getClass());
            assertSame(controller, registry.controller(FixtureControllerProvider.NAME));
            assertEquals("classpath", registry.info(PluginKind.CONTROLLER, FixtureControllerProvider.NAME).source());
            assertEquals(FixtureDynamicsProvider.NAME, registry.dynamics("FIXTURE_PM").name());
            assertTrue(registry.find(PluginKind.INTEGRATOR, FixtureEulerProvider.NAME).isEmpty(),
                    "the module's integrator is bound without its module");
        }
    }

    @Test
    void withoutAModuleADuplicateNameStillFailsNamingBothSources() throws Exception {
        Path dir = pluginsDir();
        controllerJar(dir, "twin.jar", "com.acme.Twin", "Fixture-Feedback", null, "");
        PluginException e = assertThrows(PluginException.class,
                () -> PluginRegistry.builder().classLoader(withoutModules()).pluginsDirectory(dir).build());
        assertEquals("duplicate controller name 'fixture_feedback': name of "
                + "io.dip.sim.testing.FixtureControllerProvider (classpath) and name of com.acme.Twin (twin.jar)",
                e.getMessage());
    }

    @Test
    void listsProvidersByKindThenName() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            List<PluginInfo> all = registry.plugins();
            int lastKind = -1;
            String lastName = "";
            for (PluginInfo info : all) {
                int kind = PluginKind.ALL.indexOf(info.kind());
                assertTrue(kind >= lastKind, "kinds out of order: " + all);
                if (kind == lastKind) {
                    assertTrue(info.name().compareTo(lastName) > 0, "names out of order: " + all);
                }
                lastKind = kind;
                lastName = info.name();
            }
            assertTrue(all.stream().anyMatch(i -> i.name().equals(FixtureControllerProvider.NAME)));
            assertTrue(all.stream().anyMatch(i -> i.name().equals(FixtureDynamicsProvider.NAME)));
            assertTrue(all.stream().anyMatch(i -> i.name().equals(FixtureEulerProvider.NAME)));
        }
    }

    @Test
    void loadsAControllerCompiledIntoAPluginJarAndRunsIt() throws Exception {
        Path dir = pluginsDir();
        controllerJar(dir, "acme-feedback.jar", "com.acme.AcmeFeedbackProvider", "Acme-Feedback", "acme fb", "");
        try (PluginRegistry registry = PluginRegistry.load(dir)) {
            ControllerProvider provider = registry.controller("acme_fb");
            assertEquals("acme_feedback", registry.info(PluginKind.CONTROLLER, "acme_fb").name());
            assertEquals("acme-feedback.jar", registry.info(PluginKind.CONTROLLER, "acme_feedback").source());
            assertNotSame(getClass().getClassLoader(), provider.getClass().getClassLoader());
            assertEquals(List.of("g_x", "g_theta1", "g_theta2", "g_x_dot", "g_theta1_dot", "g_theta2_dot"),
                    provider.gains().names());

            DynamicsModel plant = registry.dynamics(FixtureDynamicsProvider.NAME).create(PhysicalParameters.DEFAULTS);
            double[] gains = {1, 2, 3, 4, 5, 6};
            double[] x = {0.1, -0.2, 0.3, 0.5, -1.0, 2.0};
            // g·x = 0.1 − 0.4 + 0.9 + 2.0 − 5.0 + 12.0 = 9.6, so u = −9.6 (inside ±150)
            try (Controller controller = provider.create(
                    new ControllerSpec(gains, 0.001, 150.0, Options.empty("controllers.acme_feedback")),
                    DynamicsRef.of(plant))) {
                assertEquals(-9.6, controller.computeControl(0.0, x, 0.0), 1e-12);
                assertEquals(9.6, controller.diagnostics().get("sigma"), 1e-12);
            }
            // the class-path providers are still found, and not mistaken for the jar's
            assertEquals("classpath", registry.info(PluginKind.CONTROLLER, FixtureControllerProvider.NAME).source());
        }
    }

    @Test
    void aDipModuleInAPluginJarBindsItsProvider() throws Exception {
        Path dir = pluginsDir();
        new PluginJarBuilder("acme-module.jar")
                .source("com.acme.ModuleProvider", PluginSources.controllerProvider("com.acme.ModuleProvider",
                        "module_feedback", null, ""))
                .source("com.acme.AcmeModule", PluginSources.controllerModule("com.acme.AcmeModule",
                        "module_feedback", "com.acme.ModuleProvider"))
                .service(DipModule.class, "com.acme.AcmeModule")
                .writeTo(dir);
        try (PluginRegistry registry = PluginRegistry.load(dir)) {
            PluginInfo info = registry.info(PluginKind.CONTROLLER, "module-feedback");
            assertEquals("acme-module.jar, module com.acme.AcmeModule", info.source());
            assertEquals("com.acme.ModuleProvider", info.providerClass());
        }
    }

    @Test
    void aModuleBindingAProviderUnderAnotherNameFails() throws Exception {
        Path dir = pluginsDir();
        new PluginJarBuilder("misbound.jar")
                .source("com.acme.Misbound", PluginSources.controllerProvider("com.acme.Misbound", "real_name",
                        null, ""))
                .source("com.acme.MisboundModule", PluginSources.controllerModule("com.acme.MisboundModule",
                        "other_name", "com.acme.Misbound"))
                .service(DipModule.class, "com.acme.MisboundModule")
                .writeTo(dir);
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertTrue(e.getMessage().contains("com.acme.Misbound (misbound.jar, module com.acme.MisboundModule)"),
                e.getMessage());
        assertTrue(e.getMessage().contains("'other_name'") && e.getMessage().contains("'real_name'"), e.getMessage());
    }

    @Test
    void aModuleWhoseConfigureThrowsIsNamed() throws Exception {
        Path dir = pluginsDir();
        new PluginJarBuilder("broken-module.jar")
                .source("com.acme.BrokenModule", """
                        package com.acme;
                        public final class BrokenModule extends com.google.inject.AbstractModule
                                implements io.dip.sim.runtime.DipModule {
                            protected void configure() { throw new IllegalStateException("no licence"); }
                        }
                        """)
                .service(DipModule.class, "com.acme.BrokenModule")
                .writeTo(dir);
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertTrue(e.getMessage().contains("com.acme.BrokenModule (broken-module.jar)"), e.getMessage());
        assertTrue(e.getMessage().contains("no licence"), e.getMessage());
    }

    @Test
    void theSameNameInTwoJarsFailsNamingBothJarsAndClasses() throws Exception {
        Path dir = pluginsDir();
        controllerJar(dir, "a.jar", "com.a.FirstProvider", "twin_smc", null, "");
        controllerJar(dir, "b.jar", "com.b.SecondProvider", "Twin-SMC", null, "");
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertEquals("duplicate controller name 'twin_smc': name of com.a.FirstProvider (a.jar) and name of "
                + "com.b.SecondProvider (b.jar)", e.getMessage());
    }

    @Test
    void anAliasClashingWithAClassPathNameFailsNamingBothSources() throws Exception {
        Path dir = pluginsDir();
        controllerJar(dir, "clash.jar", "com.acme.Clash", "clash_smc", "fixture-feedback", "");
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertEquals("duplicate controller name or alias 'fixture_feedback': name of "
                + "io.dip.sim.testing.FixtureControllerProvider (classpath) and alias of com.acme.Clash (clash.jar)",
                e.getMessage());
    }

    @Test
    void aProviderWhoseConstructorThrowsIsNamedWithItsJar() throws Exception {
        Path dir = pluginsDir();
        controllerJar(dir, "needs-licence.jar", "com.acme.LicensedProvider", "licensed_smc", null,
                "if (true) { throw new IllegalStateException(\"licence file missing\"); }");
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertEquals("ControllerProvider com.acme.LicensedProvider in needs-licence.jar could not be instantiated: "
                + "IllegalStateException: licence file missing", e.getMessage());
    }

    @Test
    void aServiceEntryNamingAMissingClassIsNamedWithItsJar() throws Exception {
        Path dir = pluginsDir();
        controllerJar(dir, "typo.jar", "com.acme.RealProvider", "real_smc", null, "");
        new PluginJarBuilder("typo2.jar").service(ControllerProvider.class, "com.acme.Missing").writeTo(dir);
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertTrue(e.getMessage().startsWith("cannot load a io.dip.api.ControllerProvider from typo2.jar: "),
                e.getMessage());
        assertTrue(e.getMessage().contains("com.acme.Missing"), e.getMessage());
    }

    @Test
    void aJarWithoutServiceEntriesIsNotAPlugin() throws Exception {
        Path dir = pluginsDir();
        new PluginJarBuilder("library.jar").source("com.acme.Util", "package com.acme; public class Util {}")
                .writeTo(dir);
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertEquals("not a plugin: library.jar holds no META-INF/services entry for io.dip.api.ControllerProvider, "
                + "io.dip.api.DynamicsProvider, io.dip.api.IntegratorProvider, io.dip.api.HardwareDriverProvider or "
                + "io.dip.sim.runtime.DipModule",
                e.getMessage());
    }

    @Test
    void aJarWhoseServiceEntriesNameOnlyClassPathClassesIsNotAPlugin() throws Exception {
        Path dir = pluginsDir();
        new PluginJarBuilder("hollow.jar")
                .service(ControllerProvider.class, FixtureControllerProvider.class.getName()).writeTo(dir);
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(dir));
        assertEquals("not a plugin: the META-INF/services entries of hollow.jar name no class inside hollow.jar",
                e.getMessage());
    }

    @Test
    void aMissingPluginsDirectoryFails() {
        Path missing = temp.resolve("nowhere");
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(missing));
        assertEquals("plugins directory " + missing + " does not exist", e.getMessage());
    }

    @Test
    void aPluginsPathThatIsAFileFails() throws Exception {
        Path file = Files.writeString(temp.resolve("plugins.txt"), "x");
        PluginException e = assertThrows(PluginException.class, () -> PluginRegistry.load(file));
        assertEquals("plugins directory " + file + " is not a directory", e.getMessage());
    }

    @Test
    void anUnknownNameListsTheAvailableOnes() {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            PluginException e = assertThrows(PluginException.class, () -> registry.controller("foo"));
            assertTrue(e.getMessage().startsWith("unknown controller 'foo'; available: "), e.getMessage());
            assertTrue(e.getMessage().contains("fixture_feedback (fixture_fb)"), e.getMessage());
            PluginException blank = assertThrows(PluginException.class, () -> registry.integrator(" "));
            assertTrue(blank.getMessage().startsWith("unknown integrator ''; available: "), blank.getMessage());
            assertTrue(registry.find(PluginKind.DYNAMICS, "foo").isEmpty());
        }
    }

    @Test
    void concurrentLookupsSeeTheSameProviders() throws Exception {
        try (PluginRegistry registry = PluginRegistry.load(null)) {
            ControllerProvider expected = registry.controller(FixtureControllerProvider.NAME);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                List<Future<Boolean>> results = new ArrayList<>();
                for (int task = 0; task < 8; task++) {
                    results.add(pool.submit(() -> {
                        for (int i = 0; i < 10_000; i++) {
                            if (registry.controller(i % 2 == 0 ? "fixture_fb" : "Fixture-Feedback") != expected) {
                                return false;
                            }
                        }
                        return true;
                    }));
                }
                for (Future<Boolean> result : results) {
                    assertTrue(result.get());
                }
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
