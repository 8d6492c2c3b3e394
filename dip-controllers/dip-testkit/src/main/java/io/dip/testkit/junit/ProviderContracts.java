package io.dip.testkit.junit;

import io.dip.api.ControllerProvider;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.ControllerContract;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;

/**
 * The controller contract over many providers at once, holding rules included, as JUnit 5 dynamic tests: one
 * container per provider, one test per row. Feed it {@code ServiceLoader.load(ControllerProvider.class)} so that every controller on the
 * class path is checked, however many there are:
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicNode> everyController() {
 *     return ProviderContracts.of(ServiceLoader.load(ControllerProvider.class));
 * }
 * }</pre>
 *
 * Each provider's contract runs when JUnit reaches its container.
 */
public final class ProviderContracts {

    private ProviderContracts() {
    }

    /**
     * @param providers the providers to check
     * @return one container per provider, named after it; an empty iterable is an error (nothing would be checked)
     * @throws IllegalArgumentException when there is no provider
     */
    public static Stream<DynamicNode> of(Iterable<ControllerProvider> providers) {
        List<ControllerProvider> all = new ArrayList<>();
        providers.forEach(all::add);
        if (all.isEmpty()) {
            throw new IllegalArgumentException("no ControllerProvider to check: is its services file "
                    + "(META-INF/services/" + ControllerProvider.class.getName() + ") on the class path?");
        }
        return all.stream().map(provider -> DynamicContainer.dynamicContainer(provider.name(),
                Stream.of(provider).flatMap(p -> tests(rows(ControllerContract.of(p))))));
    }

    private static List<CheckResult> rows(ControllerContract contract) {
        List<CheckResult> rows = new ArrayList<>(contract.holding());
        rows.addAll(contract.run());
        return rows;
    }

    private static Stream<DynamicNode> tests(List<CheckResult> rows) {
        return ControllerContractTest.tests(rows).map(DynamicNode.class::cast);
    }
}
