package io.dip.sim.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.dip.sim.config.DipConfig;
import java.io.UncheckedIOException;

/** The effective configuration as a JSON tree, for the {@code config} member of result files. */
public final class ConfigJson {

    private static final YAMLMapper YAML = new YAMLMapper();

    private ConfigJson() {
    }

    /**
     * @param config a configuration
     * @return its {@link DipConfig#toYaml()} document as a tree (the same keys; loading it back gives {@code config})
     */
    public static JsonNode of(DipConfig config) {
        try {
            return YAML.readTree(config.toYaml());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot re-read the configuration's own YAML", e);
        }
    }
}
