/**
 * The strict allocation meter and the object-graph size probe the controller contract and the audit measure
 * with.
 *
 * <p>The meter's rule: after warm-up, every measured window reads 0 bytes. One-time work of the virtual machine
 * (compilation requests, class loading, string-constant resolution) is kept out by warming up until the path, the
 * JIT compilers and the class loaders have been quiet for several windows in a row, never by forgiving a window.
 * An allocation that only escape analysis removes is seen by measuring with {@code -XX:-DoEscapeAnalysis}
 * ({@link io.dip.testkit.measure.ChildJvm} starts such a JVM).
 */
package io.dip.testkit.measure;
