/**
 * The JUnit 5 face of the test kit: {@link io.dip.testkit.junit.ControllerContractTest}, the base class a plugin
 * author extends with one method. JUnit is an optional dependency of the kit: the author's test build brings it.
 */
package io.dip.testkit.junit;
