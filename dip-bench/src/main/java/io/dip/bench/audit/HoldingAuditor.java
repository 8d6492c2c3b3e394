package io.dip.bench.audit;

import io.dip.api.Controller;
import io.dip.api.ControllerProvider;
import io.dip.api.ControllerSpec;
import io.dip.api.DynamicsModel;
import io.dip.api.DynamicsRef;
import io.dip.bench.ReferenceRig;
import io.dip.sim.runtime.PluginKind;
import io.dip.sim.runtime.PluginRegistry;
import io.dip.testkit.holding.HoldingRules;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Judges what the controllers hold: the classes of every jar of the plugins directory (each through a class loader
 * of its own; no class is initialized), the classes of every built-in controller audited, and the objects of every
 * controller audited, created with default gains over the reference rig's nominal model and run for
 * {@link #CALLS_BEFORE_WALK} calls first, so that state built on first use is in place.
 */
public final class HoldingAuditor {

    /** computeControl calls made before the object-graph walk. */
    public static final int CALLS_BEFORE_WALK = 1_000;

    private static final String BUILT_IN_SOURCE = "classpath";

    private HoldingAuditor() {
    }

    /**
     * @param registry  the loaded plugins
     * @param providers the controllers audited
     * @param plugins   the plugins directory, or null
     * @param nominal   the nominal model the controllers are created over (held by the caller for the run)
     * @param dt        the control period (s)
     * @return every verdict
     */
    public static HoldingAudit run(PluginRegistry registry, List<ControllerProvider> providers, Path plugins,
            DynamicsModel nominal, double dt) {
        List<HoldingSubject> subjects = new ArrayList<>();
        if (plugins != null) {
            for (Path jar : jars(plugins)) {
                subjects.add(judgeJar(jar));
            }
        }
        for (ControllerProvider provider : providers) {
            boolean builtIn = registry.info(PluginKind.CONTROLLER, provider.name()).source()
                    .startsWith(BUILT_IN_SOURCE);
            subjects.addAll(judgeController(provider, builtIn, nominal, dt));
        }
        return new HoldingAudit(subjects);
    }

    private static HoldingSubject judgeJar(Path jar) {
        String name = jar.getFileName().toString();
        try (URLClassLoader loader = new URLClassLoader("holding rules " + name, new URL[] {url(jar)},
                HoldingAuditor.class.getClassLoader())) {
            return new HoldingSubject(name, HoldingSubject.CLASSES, HoldingRules.checkJar(jar, loader), null);
        } catch (IOException | RuntimeException e) {
            return new HoldingSubject(name, HoldingSubject.CLASSES, null, "could not be read: " + e);
        }
    }

    private static List<HoldingSubject> judgeController(ControllerProvider provider, boolean builtIn,
            DynamicsModel nominal, double dt) {
        List<HoldingSubject> subjects = new ArrayList<>();
        try (Controller controller = provider.create(ControllerSpec.defaults(provider.name(), dt),
                DynamicsRef.of(nominal))) {
            if (builtIn) {
                subjects.add(new HoldingSubject(provider.name(), HoldingSubject.CLASSES,
                        HoldingRules.checkClasses(List.of(controller.getClass(), provider.getClass())), null));
            }
            double u = 0.0;
            for (int i = 0; i < CALLS_BEFORE_WALK; i++) {
                u = controller.computeControl(i * dt, ReferenceRig.INITIAL_STATE, u);
            }
            subjects.add(new HoldingSubject(provider.name(), HoldingSubject.OBJECTS, HoldingRules.inspect(controller),
                    null));
        } catch (RuntimeException e) {
            subjects.add(new HoldingSubject(provider.name(), HoldingSubject.OBJECTS, null,
                    "could not be created and run: " + e));
        }
        return subjects;
    }

    private static List<Path> jars(Path directory) {
        List<Path> jars = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory, "*.jar")) {
            stream.forEach(jars::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list plugins directory " + directory, e);
        }
        jars.sort(null);
        return jars;
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("not a jar path: " + jar, e);
        }
    }
}
