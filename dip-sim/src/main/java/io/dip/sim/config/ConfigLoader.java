package io.dip.sim.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Reads the configuration: built-in defaults, then one YAML file, then dotted-key overrides, validated together.
 *
 * <p>Without an explicit file, {@code dip.yaml} in the working directory is used when present; otherwise the
 * defaults alone. Overrides are {@code dotted.key → YAML value} pairs such as {@code simulation.dt → "0.0005"} or
 * {@code simulation.initial_state → "[0, 0.2, 0, 0, 0, 0]"}.
 */
public final class ConfigLoader {

    /** The file looked for in the working directory when none is given. */
    public static final String DEFAULT_FILE_NAME = "dip.yaml";

    private ConfigLoader() {
    }

    /**
     * @param file             an explicit file, or null
     * @param workingDirectory where {@value #DEFAULT_FILE_NAME} is looked for
     * @return the file that will be read, or null when there is none (defaults only)
     */
    public static Path resolve(Path file, Path workingDirectory) {
        if (file != null) {
            return file;
        }
        Path candidate = workingDirectory.resolve(DEFAULT_FILE_NAME);
        return Files.isRegularFile(candidate) ? candidate : null;
    }

    /**
     * @param file an explicit file, or null for {@code ./dip.yaml} when present, else the defaults
     * @return the validated configuration
     * @throws ConfigException for an unreadable or malformed file or an invalid setting
     */
    public static DipConfig load(Path file) {
        return load(file, Map.of());
    }

    /**
     * @param file      an explicit file, or null for {@code ./dip.yaml} when present, else the defaults
     * @param overrides dotted key → YAML text of the value, applied after the file in iteration order
     * @return the validated configuration
     * @throws ConfigException for an unreadable or malformed file, a bad override or an invalid setting
     */
    public static DipConfig load(Path file, Map<String, String> overrides) {
        Path resolved = resolve(file, Path.of(""));
        if (resolved == null) {
            return parse("", "the built-in defaults", overrides);
        }
        return parse(read(resolved), resolved.toString(), overrides);
    }

    /**
     * @param yaml      the YAML text of a configuration (empty text: defaults)
     * @param label     its name in messages, e.g. the file name
     * @param overrides dotted key → YAML text of the value
     * @return the validated configuration
     * @throws ConfigException for malformed text, a bad override or an invalid setting
     */
    public static DipConfig parse(String yaml, String label, Map<String, String> overrides) {
        ConfigNode.Section root = ConfigTree.parse(yaml, label);
        overrides.forEach((key, text) -> {
            String overrideLabel = "override " + key;
            String origin = "from " + overrideLabel;
            ConfigNode value = ConfigTree.parseValue(text == null ? "" : text, overrideLabel);
            if (value == null) {
                throw new ConfigException(key, "has no value").locatedAt(origin);
            }
            try {
                ConfigTree.set(root, key.strip(), value);
            } catch (ConfigException e) {
                throw e.locatedAt(origin);
            }
        });
        return ConfigReader.read(root);
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (NoSuchFileException e) {
            throw ConfigException.withMessage(null, "cannot read configuration file " + file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw ConfigException.withMessage(null, "cannot read configuration file " + file
                    + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw ConfigException.withMessage(null, "cannot read configuration file " + file + ": " + e, e);
        }
    }
}
