package io.dip.bench.audit;

/**
 * The long run repeated in a child JVM under the Epsilon collector (which never frees memory) with a small
 * heap: any allocation in the loop would exhaust the heap and kill the run.
 *
 * @param passed         true when the child completed every step, reported 0 bytes allocated in the loop and
 *                       exited with status 0
 * @param steps          closed-loop steps the child ran (as it reported them; 0 when it did not report)
 * @param allocatedBytes bytes the child's loop thread allocated while stepping after its warm-up (−1 when not
 *                       reported)
 * @param warmupAllocatedBytes bytes allocated during the warm-up steps (one-time JIT work; −1 when not reported)
 * @param wallNanos      wall time of the child process, start-up included (ns)
 * @param exitCode       the child's exit status
 * @param detail         the child's report line or, on failure, the end of its output
 */
public record EpsilonResult(boolean passed, long steps, long allocatedBytes, long warmupAllocatedBytes,
                            long wallNanos, int exitCode, String detail) {

    /** @return {@code PASS} or {@code FAIL} */
    public String status() {
        return passed ? "PASS" : "FAIL";
    }
}
