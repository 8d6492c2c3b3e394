/**
 * The simulated rig driver: a plant model integrated one control period per command, behind an actuator (limit,
 * transport delay) and a sensor (Gaussian noise, quantisation).
 */
package io.dip.hardware.rig;
