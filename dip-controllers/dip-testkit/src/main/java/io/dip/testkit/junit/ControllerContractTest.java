package io.dip.testkit.junit;

import io.dip.api.ControllerProvider;
import io.dip.testkit.contract.CheckResult;
import io.dip.testkit.contract.ControllerContract;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The controller contract as JUnit 5 tests: extend this class in the plugin's own test sources and return the
 * provider.
 *
 * <pre>{@code
 * class MyControllerContractTest extends ControllerContractTest {
 *     @Override
 *     protected ControllerProvider provider() {
 *         return new MyControllerProvider();
 *     }
 * }
 * }</pre>
 *
 * <p>Every row of the {@link ControllerContract} becomes its own named test, grouped by part (holding rules,
 * allocation, footprint, clean-up, behaviour, gain validation); a failing test's message says what was observed. The
 * allocation part runs in a child JVM with escape analysis off, which re-creates the provider from its class
 * name: the provider needs a no-argument constructor, as {@link java.util.ServiceLoader} requires.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ControllerContractTest {

    private ControllerContract contract;

    /** @return the provider of the controller under test (a new instance is fine) */
    protected abstract ControllerProvider provider();

    /** @return the contract the tests run; override to change the nominal model or the control period */
    protected ControllerContract contract() {
        if (contract == null) {
            contract = ControllerContract.of(provider());
        }
        return contract;
    }

    /** @return the holding rules on the classes and on a live controller */
    @TestFactory
    Stream<DynamicTest> holdingRules() {
        return tests(contract().holding());
    }

    /** @return one test per allocation row */
    @TestFactory
    Stream<DynamicTest> allocation() {
        return tests(contract().allocation());
    }

    /** @return one test per footprint row */
    @TestFactory
    Stream<DynamicTest> footprint() {
        return tests(contract().footprint());
    }

    /** @return one test per clean-up row */
    @TestFactory
    Stream<DynamicTest> cleanup() {
        return tests(contract().cleanup());
    }

    /** @return one test per behaviour row */
    @TestFactory
    Stream<DynamicTest> behaviour() {
        return tests(contract().behaviour());
    }

    /** @return the gain-validation test */
    @TestFactory
    Stream<DynamicTest> gainValidation() {
        return tests(contract().gains());
    }

    /**
     * @param rows rows already measured
     * @return one test per row, named after it, failing with the row's detail
     */
    static Stream<DynamicTest> tests(List<CheckResult> rows) {
        return rows.stream().map(row -> DynamicTest.dynamicTest(row.check(), () -> {
            if (!row.passed()) {
                throw new AssertionError(row.check() + ": " + row.detail());
            }
        }));
    }
}
