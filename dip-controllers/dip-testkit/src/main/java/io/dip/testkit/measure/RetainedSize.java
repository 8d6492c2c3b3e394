package io.dip.testkit.measure;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.openjdk.jol.info.GraphLayout;
import org.openjdk.jol.info.GraphWalker;
import org.openjdk.jol.vm.VM;

/**
 * Retained size of an object graph with JOL: the shallow sizes of the root and of every object it reaches
 * <em>strongly</em> — through instance fields and array elements, but not through the referent of a
 * {@link java.lang.ref.Reference}. For a controller this counts its buffers, diagnostics and the
 * {@code DynamicsRef} with its {@code WeakReference}, and leaves out the nominal model behind it, which the
 * controller neither owns nor keeps alive.
 *
 * <p>JOL walks the graph breadth-first and visits each object once, on its shortest path; an object reached by
 * a path through a referent is excluded. Classes and static fields are not counted; interned strings and shared
 * singletons the root points at (diagnostic names, {@code ReferenceQueue.NULL}) are, although the JVM shares
 * them.
 *
 * <p>JOL is switched to its experimental field-offset discovery ({@code jol.magicFieldOffset}) because
 * {@code Unsafe.objectFieldOffset} refuses the fields of records, which controllers hold (specs, parameters).
 *
 * <p>JOL prints warnings on standard output the first time it inspects the VM when it cannot attach an
 * instrumentation agent or the Serviceability Agent (the default on JDK 17; attaching the latter would also take
 * seconds). This class initialises JOL once with every attach attempt disabled and that start-up output
 * discarded, so callers' output stays clean; object sizes need neither agent.
 */
public final class RetainedSize {

    private static final String REFERENT_HOP = ".referent";

    private RetainedSize() {
    }

    /**
     * @param root the object whose graph is measured
     * @return bytes of the root and of the objects it reaches strongly
     */
    public static long of(Object root) {
        QuietVm.ensureInitialised();
        long total = GraphLayout.parseInstance(root).totalSize();
        long[] weaklyReached = new long[1];
        new GraphWalker(record -> {
            if (record.path().contains(REFERENT_HOP)) {
                weaklyReached[0] += record.size();
            }
        }).walk(root);
        return total - weaklyReached[0];
    }

    /** Initialises JOL's VM model once, without attach attempts and without its start-up banner. */
    private static final class QuietVm {

        static {
            System.setProperty("jol.skipInstallAttach", "true");
            System.setProperty("jol.skipDynamicAttach", "true");
            // attaching the Serviceability Agent starts a helper process and takes seconds; sizes do not need it
            System.setProperty("jol.skipHotspotSAAttach", "true");
            // records and hidden classes refuse Unsafe.objectFieldOffset; JOL then finds offsets by experiment
            System.setProperty("jol.magicFieldOffset", "true");
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
