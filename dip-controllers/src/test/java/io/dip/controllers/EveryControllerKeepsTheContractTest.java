package io.dip.controllers;

import io.dip.api.ControllerProvider;
import io.dip.testkit.junit.ProviderContracts;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The test kit's controller contract over every {@link ControllerProvider} this module registers, found as the
 * runtime finds them (ServiceLoader): a controller added to the services file is checked without any list to
 * update.
 */
class EveryControllerKeepsTheContractTest {

    @TestFactory
    Stream<DynamicNode> everyRegisteredController() {
        return ProviderContracts.of(ServiceLoader.load(ControllerProvider.class));
    }
}
