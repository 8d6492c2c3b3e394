package io.dip.bench.audit;

import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The machine and JVM a measurement ran on.
 *
 * @param cpu          CPU model (from {@code /proc/cpuinfo} when readable, else the architecture)
 * @param processors   processors available to the JVM
 * @param os           operating system name and version
 * @param java         Java runtime version
 * @param vm           JVM name and version
 * @param collectors   garbage collectors in use
 * @param maxHeapBytes the maximum heap (bytes)
 */
public record MachineInfo(String cpu, int processors, String os, String java, String vm, List<String> collectors,
                          long maxHeapBytes) {

    /** Copies the collector list. */
    public MachineInfo {
        collectors = List.copyOf(collectors);
    }

    /** @return the description of this machine and JVM */
    public static MachineInfo current() {
        List<String> collectors = new ArrayList<>();
        for (GarbageCollectorMXBean bean : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(bean.getName());
        }
        return new MachineInfo(cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.version"),
                System.getProperty("java.runtime.version", System.getProperty("java.version")),
                System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"),
                collectors, Runtime.getRuntime().maxMemory());
    }

    private static String cpuModel() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                for (String line : Files.readAllLines(cpuinfo)) {
                    if (line.startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            } catch (IOException | RuntimeException e) {
                return System.getProperty("os.arch") + " (cpu model unreadable: " + e.getMessage() + ")";
            }
        }
        return System.getProperty("os.arch");
    }
}
