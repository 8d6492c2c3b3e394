package io.dip.testkit.holding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dip.testkit.holding.corpus.CorpusController;
import io.dip.testkit.holding.corpus.bad.HelperWithMap;
import io.dip.testkit.holding.corpus.bad.InterfaceTypedHelper;
import io.dip.testkit.holding.corpus.good.ValuesAndHelpers;
import io.dip.testkit.holding.corpus.helpers.CachingFilter;
import io.dip.testkit.holding.corpus.helpers.Filter;
import io.dip.testkit.holding.corpus.helpers.GainTable;
import io.dip.testkit.holding.corpus.helpers.Limits;
import io.dip.testkit.holding.corpus.helpers.LowPassFilter;
import io.dip.testkit.holding.corpus.helpers.Mode;
import io.dip.testkit.holding.corpus.helpers.Observer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HoldingRules#checkJar} judges every controller class of a plugin jar, loaded through the given loader. */
class HoldingRulesJarTest {

    @TempDir
    Path temp;

    @Test
    void everyControllerOfAJarIsJudgedAndAnImplementationInTheJarIsFollowed() throws IOException {
        Path jar = jarOf(temp.resolve("plugin.jar"), CorpusController.class, HelperWithMap.class, GainTable.class,
                InterfaceTypedHelper.class, Filter.class, CachingFilter.class, ValuesAndHelpers.class,
                LowPassFilter.class, Limits.class, Mode.class, Observer.class);
        try (URLClassLoader loader = pluginLoader(jar)) {
            HoldingReport report = HoldingRules.checkJar(jar, loader);
            assertEquals(List.of(HelperWithMap.class.getName(), InterfaceTypedHelper.class.getName(),
                    ValuesAndHelpers.class.getName()), report.controllersJudged());
            assertFalse(report.passed());
            assertEquals(List.of(HelperWithMap.class.getName(), InterfaceTypedHelper.class.getName(),
                    ValuesAndHelpers.class.getName()), report.violations().stream()
                    .map(HoldingViolation::controllerClass).distinct().toList(), report.describe());
            // ValuesAndHelpers holds a Filter: the jar's CachingFilter could be behind it
            assertTrue(report.violations().stream().anyMatch(v -> v.path().equals(ValuesAndHelpers.class.getName()
                    + ".filter -> " + Filter.class.getName() + " -> implemented by -> " + CachingFilter.class.getName()
                    + ".inputs -> java.util.List<java.lang.Double>")), report.describe());
            assertTrue(report.notes().isEmpty(), report.describe());
        }
    }

    @Test
    void aClassThatDoesNotLoadIsANoteNotASilentPass() throws IOException {
        Path jar = jarOf(temp.resolve("partial.jar"), HelperWithMap.class);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            HoldingReport report = HoldingRules.checkJar(jar, loader);
            assertEquals(1, report.notes().size(), report.describe());
            assertTrue(report.notes().get(0).startsWith(HelperWithMap.class.getName()), report.describe());
            assertTrue(report.describe().contains("no io.dip.api.Controller implementation found"), report.describe());
        }
    }

    @Test
    void aControllerWhoseHelperDoesNotLoadIsAViolationNotASilentPass() throws IOException {
        Path jar = jarOf(temp.resolve("incomplete.jar"), CorpusController.class, HelperWithMap.class);
        try (URLClassLoader loader = pluginLoader(jar)) {
            HoldingReport report = HoldingRules.checkJar(jar, loader);
            assertFalse(report.passed(), report.describe());
            HoldingViolation violation = report.violations().get(0);
            assertEquals(HelperWithMap.class.getName(), violation.path());
            assertTrue(violation.reason().startsWith("cannot be judged") && violation.reason()
                    .contains(GainTable.class.getName().replace('.', '/')), violation.reason());
        }
    }

    @Test
    void aMissingJarIsNamed() {
        Path missing = temp.resolve("absent.jar");
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> HoldingRules.checkJar(missing, getClass().getClassLoader()));
        assertTrue(error.getMessage().contains(missing.toString()), error.getMessage());
    }

    /** @return a loader that sees the jar alone on top of dip-api: the jar's classes are not the test's classes */
    private static URLClassLoader pluginLoader(Path jar) throws IOException {
        return new URLClassLoader(new URL[] {jar.toUri().toURL()}, ClassLoader.getPlatformClassLoader()) {
            @Override
            protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
                return name.startsWith("io.dip.api.") ? HoldingRulesJarTest.class.getClassLoader().loadClass(name)
                        : super.loadClass(name, resolve);
            }
        };
    }

    private static Path jarOf(Path jar, Class<?>... classes) throws IOException {
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (Class<?> type : classes) {
                String entry = type.getName().replace('.', '/') + ".class";
                out.putNextEntry(new JarEntry(entry));
                try (InputStream bytes = type.getClassLoader().getResourceAsStream(entry)) {
                    bytes.transferTo(out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
