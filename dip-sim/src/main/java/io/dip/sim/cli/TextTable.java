package io.dip.sim.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/** A plain-text table with left-aligned columns sized to their widest cell; the last column is not padded. */
final class TextTable {

    private final String[] header;
    private final List<String[]> rows = new ArrayList<>();

    /** @param header the column titles */
    TextTable(String... header) {
        this.header = header.clone();
    }

    /** @param cells one cell per column */
    void row(String... cells) {
        if (cells.length != header.length) {
            throw new IllegalArgumentException("a row needs " + header.length + " cells, got " + cells.length);
        }
        rows.add(cells.clone());
    }

    /**
     * @param out    where to print
     * @param indent printed before every line
     */
    void print(PrintWriter out, String indent) {
        int[] widths = new int[header.length];
        for (String[] row : allRows()) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : allRows()) {
            StringBuilder line = new StringBuilder(indent);
            for (int c = 0; c < row.length; c++) {
                line.append(row[c]);
                if (c < row.length - 1) {
                    line.append(" ".repeat(widths[c] - row[c].length() + 2));
                }
            }
            out.println(line.toString().stripTrailing());
        }
    }

    private List<String[]> allRows() {
        List<String[]> all = new ArrayList<>(rows.size() + 1);
        all.add(header);
        all.addAll(rows);
        return all;
    }
}
