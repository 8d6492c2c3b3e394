/**
 * Test support shared with other modules through dip-dynamics's test-jar: {@link
 * io.dip.dynamics.golden.GoldenFiles} reads the golden vectors and compares with a relative tolerance and an
 * absolute floor.
 */
package io.dip.dynamics.golden;
