package io.dip.sim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** Reads the dip version from {@code io/dip/sim/cli/version.properties}, written by the build. */
public final class VersionProvider implements IVersionProvider {

    private static final String RESOURCE = "version.properties";

    /** @return the dip version, e.g. {@code 0.1.0-SNAPSHOT} */
    public static String version() {
        try (InputStream in = VersionProvider.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the dip build left out io/dip/sim/cli/" + RESOURCE);
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version");
            if (version == null || version.isBlank() || version.startsWith("${")) {
                throw new IllegalStateException("io/dip/sim/cli/" + RESOURCE + " holds no version");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read io/dip/sim/cli/" + RESOURCE, e);
        }
    }

    /** @return {@code dip <version>} and the Java runtime */
    @Override
    public String[] getVersion() {
        return new String[] {"dip " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor")
                + ")"};
    }
}
