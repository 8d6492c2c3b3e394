package io.dip.testkit.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dip.api.ControllerProvider;
import io.dip.api.PhysicalParameters;
import io.dip.dynamics.FullDynamics;
import io.dip.testkit.fixtures.Corpus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The whole contract over the corpus of plugins, each loaded from a plugin jar as a third party ships it: the good
 * one passes every row, each bad one fails exactly the rows of the rule it breaks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ControllerContractCorpusTest {

    @TempDir
    static Path directory;
    private Path jar;

    @BeforeAll
    void buildCorpus() throws IOException {
        jar = Corpus.jar(directory);
    }

    Stream<Arguments> plugins() {
        return Corpus.BROKEN_ROWS.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("plugins")
    void failsExactlyTheRowsOfTheRuleItBreaks(String name, Set<String> expectedFailures) throws IOException {
        ControllerProvider provider = Corpus.provider(jar, name);
        ControllerContract contract = new ControllerContract(new ContractRig(provider,
                () -> new FullDynamics(PhysicalParameters.DEFAULTS), ContractRig.DEFAULT_DT));

        List<CheckResult> rows = contract.run();

        assertEquals(ControllerContract.CHECKS, rows.stream().map(CheckResult::check).toList());
        Set<String> failed = new TreeSet<>();
        rows.stream().filter(r -> !r.passed()).forEach(r -> failed.add(r.check()));
        assertEquals(new TreeSet<>(expectedFailures), failed, rows.toString());
    }
}
