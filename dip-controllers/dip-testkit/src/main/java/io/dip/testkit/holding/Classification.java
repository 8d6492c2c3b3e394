package io.dip.testkit.holding;

/**
 * The allow-list's verdict on one type.
 *
 * @param category how the type is sorted
 * @param reason   why it is rejected or cannot be judged from its declaration; empty when allowed outright
 */
record Classification(TypeCategory category, String reason) {
}
