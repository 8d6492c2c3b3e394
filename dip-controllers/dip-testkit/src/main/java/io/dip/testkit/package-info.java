/**
 * The controller contract a plugin author checks in one short test class: what a controller may hold (the
 * allow-list), and how it must behave at run time (no allocation per call, no growth, clean-up on close, a
 * released model, reset, thread confinement, clear gain errors).
 */
package io.dip.testkit;
