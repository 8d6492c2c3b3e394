/**
 * Test support shared with other modules through dip-dynamics's test-jar: {@link
 * io.dip.dynamics.golden.GoldenFiles} reads the golden vectors and compares with a relative tolerance and an
 * absolute floor; {@link io.dip.dynamics.golden.AllocationMeter} proves a hot path allocation-free.
 */
package io.dip.dynamics.golden;
