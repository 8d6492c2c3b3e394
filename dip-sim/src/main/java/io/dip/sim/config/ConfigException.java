package io.dip.sim.config;

/**
 * An invalid configuration: an unknown key, a value of the wrong type or out of range, a malformed or unreadable
 * file. The message names the dotted path of the offending key (when there is one), the rule it breaks, and where
 * the value came from, e.g. {@code simulation.dt must be > 0 and <= 1, got -0.1 (in dip.yaml, line 4)}.
 */
public final class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String path;
    private final String problem;
    private final String location;

    private ConfigException(String path, String problem, String location, Throwable cause) {
        super(location == null ? problem : problem + " (" + location + ")", cause);
        this.path = path;
        this.problem = problem;
        this.location = location;
    }

    /**
     * @param path   dotted path of the offending key, e.g. {@code simulation.dt}
     * @param detail the rule it breaks, e.g. {@code must be > 0, got -1.0}; the message is {@code path detail}
     */
    public ConfigException(String path, String detail) {
        this(path, path + " " + detail, null, null);
    }

    /**
     * @param path    dotted path of the offending key, or null when the problem is not tied to one key
     * @param message the complete message (already naming the key when there is one)
     * @param cause   the underlying failure, or null
     * @return the exception
     */
    public static ConfigException withMessage(String path, String message, Throwable cause) {
        return new ConfigException(path, message, null, cause);
    }

    /** @return the dotted path of the offending key, or null */
    public String path() {
        return path;
    }

    /** @return where the value came from ({@code in dip.yaml, line 4}), or null when unknown */
    public String location() {
        return location;
    }

    /**
     * @param where where the offending value came from, e.g. {@code in dip.yaml, line 4}; null leaves it unknown
     * @return this exception when it already has a location or {@code where} is null, else a copy located there
     */
    public ConfigException locatedAt(String where) {
        if (location != null || where == null) {
            return this;
        }
        return new ConfigException(path, problem, where, this);
    }

    /**
     * @param prefix the dotted path of the enclosing section, e.g. {@code disturbances[2]}
     * @return a copy whose path (and message, when it starts with the path) is prefixed
     */
    ConfigException under(String prefix) {
        if (path == null) {
            return new ConfigException(prefix, prefix + ": " + problem, location, this);
        }
        String message = problem.startsWith(path) ? prefix + "." + problem : problem;
        return new ConfigException(prefix + "." + path, message, location, this);
    }
}
