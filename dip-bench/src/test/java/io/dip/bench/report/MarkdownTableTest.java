package io.dip.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTableTest {

    @Test
    void padsColumnsAndMarksRightAlignedOnes() {
        MarkdownTable table = new MarkdownTable(List.of("Name", "Value"),
                List.of(MarkdownTable.Align.LEFT, MarkdownTable.Align.RIGHT));
        table.row("a", "1").row("longer", "12345");

        assertEquals("""
                | Name   | Value |
                | ------ | ----: |
                | a      |     1 |
                | longer | 12345 |
                """, table.render());
    }

    @Test
    void escapesPipesAndRejectsRaggedRows() {
        MarkdownTable table = new MarkdownTable(List.of("x"), List.of(MarkdownTable.Align.LEFT));
        table.row("a|b");
        assertEquals("| x    |\n| ---- |\n| a\\|b |\n", table.render());
        assertThrows(IllegalArgumentException.class, () -> table.row("1", "2"));
    }
}
