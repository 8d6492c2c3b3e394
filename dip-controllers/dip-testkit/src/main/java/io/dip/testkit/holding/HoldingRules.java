package io.dip.testkit.holding;

import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

/**
 * What a controller may hold, checked two ways with one definition ({@link HoldingDefinition}, documented in
 * {@code docs/plugin-rules.md}):
 * <ul>
 *   <li>statically, on classes ({@link #checkClasses}, {@link #checkJar}): every {@code io.dip.api.Controller}
 *       implementation among them, with everything its declarations reach;</li>
 *   <li>at run time, on a created controller ({@link #inspect}): everything its objects reach.</li>
 * </ul>
 * What the declarations cannot settle (an interface-typed field, {@code Object}, a class a subclass could extend)
 * is listed in {@link HoldingReport#deferred()} with the runtime checks that judge it.
 *
 * <pre>{@code
 * HoldingReport report = HoldingRules.checkClasses(List.of(MyController.class));
 * assertTrue(report.passed(), report.describe());
 * }</pre>
 */
public final class HoldingRules {

    private HoldingRules() {
    }

    /**
     * @param classes classes, loaded or not yet initialized; the controller classes among them are judged, and all
     *                of them are candidate implementations of the interfaces a controller's fields declare
     * @return the verdict on every controller class among them
     */
    public static HoldingReport checkClasses(Collection<Class<?>> classes) {
        Findings findings = new Findings();
        new StaticHoldingJudge(classes, findings).judgeControllers();
        return findings.report();
    }

    /**
     * @param jar    a plugin jar
     * @param loader a class loader that sees the jar's classes and dip-api (classes are not initialized)
     * @return the verdict on every controller class of the jar; a class that does not load is a note
     * @throws IllegalArgumentException when the jar does not exist
     */
    public static HoldingReport checkJar(Path jar, ClassLoader loader) {
        Findings findings = new Findings();
        List<Class<?>> classes = JarClasses.load(jar, loader, findings);
        new StaticHoldingJudge(classes, findings).judgeControllers();
        return findings.report();
    }

    /**
     * @param controller a created controller (not closed, so that what it holds is judged)
     * @return the verdict on the objects it strongly reaches
     */
    public static HoldingReport inspect(Object controller) {
        if (controller == null) {
            throw new IllegalArgumentException("controller to inspect must not be null");
        }
        Findings findings = new Findings();
        new ObjectGraphInspector(findings).inspect(controller);
        return findings.report();
    }
}
