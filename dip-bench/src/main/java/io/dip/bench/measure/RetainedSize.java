package io.dip.bench.measure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.vm.VM;

/**
 * Retained size of an object graph with JOL ({@link GraphLayout}): the shallow sizes of every object reachable
 * from a root through instance fields, array elements and {@code Reference.referent}, minus the objects
 * reachable from the graphs given as excluded (for a controller: its shared nominal model, which it reaches
 * only weakly and does not own).
 *
 * <p>Classes and static fields are not counted. Interned strings the root points at (diagnostic names, for
 * example) are counted although the JVM shares them.
 *
 * <p>JOL prints a warning on standard output the first time it inspects the VM when it cannot attach an
 * instrumentation agent (the default on JDK 17). This class initialises JOL once with the attach attempts
 * disabled and that start-up output discarded, so callers' output stays clean.
 */
public final class RetainedSize {

    private RetainedSize() {
    }

    /**
     * @param root     the object whose graph is measured
     * @param excluded roots of graphs not to count (objects shared with the root)
     * @return bytes of the objects reachable from {@code root} and not from any {@code excluded} root
     */
    public static long of(Object root, Object... excluded) {
        QuietVm.ensureInitialised();
        GraphLayout layout = GraphLayout.parseInstance(root);
        for (Object other : excluded) {
            layout = layout.subtract(GraphLayout.parseInstance(other));
        }
        return layout.totalSize();
    }

    /** Initialises JOL's VM model once, without attach attempts and without its start-up banner. */
    private static final class QuietVm {

        static {
            System.setProperty("jol.skipInstallAttach", "true");
            System.setProperty("jol.skipDynamicAttach", "true");
            PrintStream original = System.out;
            ByteArrayOutputStream discarded = new ByteArrayOutputStream();
            synchronized (System.class) {
                System.setOut(new PrintStream(discarded, true, StandardCharsets.UTF_8));
                try {
                    VM.current();
                } finally {
                    System.setOut(original);
                }
            }
        }

        private QuietVm() {
        }

        static void ensureInitialised() {
            // the static initialiser above does the work exactly once
        }
    }
}
