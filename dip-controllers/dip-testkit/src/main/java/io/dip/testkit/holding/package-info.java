/**
 * What a controller may hold — one allow-list, checked two ways: statically on the classes
 * ({@link io.dip.testkit.holding.HoldingRules#checkClasses}, {@link io.dip.testkit.holding.HoldingRules#checkJar})
 * and at run time on the objects of a created controller ({@link io.dip.testkit.holding.HoldingRules#inspect}).
 * The allow-list itself is {@link io.dip.testkit.holding.HoldingDefinition}.
 */
package io.dip.testkit.holding;
