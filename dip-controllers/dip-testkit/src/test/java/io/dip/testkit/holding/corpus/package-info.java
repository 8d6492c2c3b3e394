/**
 * Controllers written the way third parties write them, to test the holding rules: {@code bad} ones that each break
 * one rule, {@code good} ones that obey all, and the {@code helpers} they hold, in another package.
 */
package io.dip.testkit.holding.corpus;
