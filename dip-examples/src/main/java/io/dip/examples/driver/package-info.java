/**
 * A third-party style hardware driver: it depends only on {@code io.dip.api} and is registered by the file
 * {@code META-INF/services/io.dip.api.HardwareDriverProvider}. Drop the module's jar into a plugins directory
 * ({@code ./dip plugins --plugins DIR}) and run a controller against it with
 * {@code ./dip hil controller --plugins DIR --driver lagged_actuator --driver-option tau=0.02}. A driver for a
 * serial port or a CAN bus has the same shape: open the device in {@code open()}, write the command in
 * {@code command(u)}, read the answer without blocking in {@code pollState(state)}.
 */
package io.dip.examples.driver;
