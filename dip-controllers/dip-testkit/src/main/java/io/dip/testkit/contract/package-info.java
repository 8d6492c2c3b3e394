/**
 * The runtime contract of a controller plugin — allocation, footprint, clean-up, released model, reset, thread
 * confinement, gain validation — as PASS/FAIL rows, usable without a test framework ({@code dip audit} runs it;
 * the JUnit base class of {@code io.dip.testkit.junit} turns each part into a test).
 */
package io.dip.testkit.contract;
