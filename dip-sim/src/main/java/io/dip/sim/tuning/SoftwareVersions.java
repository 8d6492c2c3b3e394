package io.dip.sim.tuning;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The software versions a tuning result records: dip (from the build) and the Java runtime. */
public final class SoftwareVersions {

    private static final String RESOURCE = "versions.properties";

    private SoftwareVersions() {
    }

    /**
     * @return {@code dip} → the project version, {@code java} → {@code java.version}, {@code jvm} → VM name and
     *         version
     * @throws IllegalStateException when the build did not package the version resource
     */
    public static Map<String, String> current() {
        Properties p = new Properties();
        try (InputStream in = SoftwareVersions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("resource io/dip/sim/tuning/" + RESOURCE + " is missing from the build");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/dip/sim/tuning/" + RESOURCE, e);
        }
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("dip", p.getProperty("dip"));
        versions.put("java", System.getProperty("java.version"));
        versions.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
        return versions;
    }
}
