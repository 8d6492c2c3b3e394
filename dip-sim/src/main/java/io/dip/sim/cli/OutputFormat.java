package io.dip.sim.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The file formats dip writes, each with the file-name extensions it accepts. An output whose name ends otherwise
 * is refused before any work: dip never writes one format under another's name (e.g. PNG bytes into
 * {@code plot.pdf}).
 */
public enum OutputFormat {
    /** Comma-separated values. */
    CSV("CSV", "csv"),
    /** JSON documents. */
    JSON("JSON", "json"),
    /** PNG images, the only still-image format dip writes. */
    PNG("PNG image", "png"),
    /** Animated GIF images. */
    GIF("GIF animation", "gif"),
    /** Markdown text. */
    MARKDOWN("Markdown", "md", "markdown");

    private final String label;
    private final List<String> extensions;

    OutputFormat(String label, String... extensions) {
        this.label = label;
        this.extensions = List.of(extensions);
    }

    /** @return the format's name in messages, e.g. {@code PNG image} */
    public String label() {
        return label;
    }

    /** @return the accepted extensions without the dot, lower case, the usual one first */
    public List<String> extensions() {
        return extensions;
    }

    /**
     * @param file a file name or path
     * @return true when its name ends in one of {@link #extensions()}, in any letter case
     */
    public boolean accepts(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return extensions.stream().anyMatch(extension -> lower.endsWith("." + extension)
                && lower.length() > extension.length() + 1);
    }

    /** @return e.g. {@code .md or .markdown} */
    String describeExtensions() {
        return String.join(" or ", extensions.stream().map(extension -> "." + extension).toList());
    }
}
