package io.dip.testkit.holding;

import java.util.List;
import java.util.function.Supplier;

/**
 * A corpus controller that breaks a rule, with the paths each check must report.
 *
 * @param controller  the controller class
 * @param classes     the classes handed to the static check with it (e.g. the implementation of an interface)
 * @param instance    creates an instance for the runtime walk
 * @param staticPath  the violation path the static check must report; null when the class files cannot tell
 * @param deferred    the path the static check must defer to the runtime checks; null when none is expected
 * @param runtimePath the violation path the runtime walk must report
 */
record BadCase(Class<?> controller, List<Class<?>> classes, Supplier<Object> instance, String staticPath,
        String deferred, String runtimePath) {

    @Override
    public String toString() {
        return controller.getSimpleName();
    }
}
