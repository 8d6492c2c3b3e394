package io.dip.bench.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A Markdown pipe table whose columns are padded to equal width, so the same text reads well in a terminal
 * and renders as a table in Markdown.
 */
public final class MarkdownTable {

    /** Column alignment. */
    public enum Align {
        /** Left-aligned text. */
        LEFT,
        /** Right-aligned numbers. */
        RIGHT
    }

    private final List<String> headers;
    private final List<Align> aligns;
    private final List<List<String>> rows = new ArrayList<>();

    /**
     * @param headers column titles
     * @param aligns  one alignment per column
     */
    public MarkdownTable(List<String> headers, List<Align> aligns) {
        if (headers.size() != aligns.size()) {
            throw new IllegalArgumentException(headers.size() + " headers but " + aligns.size() + " alignments");
        }
        this.headers = List.copyOf(headers);
        this.aligns = List.copyOf(aligns);
    }

    /**
     * @param cells one value per column
     * @return this table
     */
    public MarkdownTable row(String... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("row has " + cells.length + " cells, table has " + headers.size()
                    + " columns");
        }
        List<String> row = new ArrayList<>(cells.length);
        for (String cell : cells) {
            row.add(cell.replace("|", "\\|").replace('\n', ' '));
        }
        rows.add(row);
        return this;
    }

    /** @return the table as Markdown lines, each ending with a line separator {@code \n} */
    public String render() {
        int[] widths = new int[headers.size()];
        for (int c = 0; c < widths.length; c++) {
            widths[c] = Math.max(3, headers.get(c).length());
            for (List<String> row : rows) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        line(out, headers, widths);
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            out.append(aligns.get(c) == Align.RIGHT ? " " + "-".repeat(widths[c] - 1) + ": |"
                    : " " + "-".repeat(widths[c]) + " |");
        }
        out.append('\n');
        for (List<String> row : rows) {
            line(out, row, widths);
        }
        return out.toString();
    }

    private void line(StringBuilder out, List<String> cells, int[] widths) {
        out.append('|');
        for (int c = 0; c < widths.length; c++) {
            String cell = cells.get(c);
            String pad = " ".repeat(widths[c] - cell.length());
            out.append(' ').append(aligns.get(c) == Align.RIGHT ? pad + cell : cell + pad).append(" |");
        }
        out.append('\n');
    }
}
