package io.dip.bench.report;

import static io.dip.bench.report.MarkdownTable.Align.LEFT;
import static io.dip.bench.report.MarkdownTable.Align.RIGHT;

import io.dip.bench.audit.HoldingAudit;
import io.dip.bench.audit.HoldingAuditor;
import io.dip.bench.audit.HoldingSubject;
import io.dip.testkit.holding.HoldingViolation;
import java.util.List;
import java.util.function.Function;

/**
 * Renders the holding part of an audit as Markdown: one row per subject (a plugin jar's classes, a built-in
 * controller's classes, a created controller's objects), then every violation with its path, what the class files
 * left to the runtime checks (naming them), and the classes that could not be judged.
 */
final class HoldingMarkdown {

    private HoldingMarkdown() {
    }

    /**
     * @param out     the document
     * @param holding the holding part of the audit
     */
    static void section(StringBuilder out, HoldingAudit holding) {
        out.append("## What the controllers hold\n\n");
        out.append("The allow-list of the holding rules (docs/plugin-rules.md), applied to the class files of every "
                + "plugin jar and every built-in controller audited, then to the objects of every controller "
                + "audited, created with default gains and run for ").append(HoldingAuditor.CALLS_BEFORE_WALK)
                .append(" calls. A violation names the class, the field and the path to what is held.\n\n");
        if (holding.subjects().isEmpty()) {
            out.append("Nothing was judged.\n\n");
            return;
        }
        MarkdownTable table = new MarkdownTable(List.of("Subject", "Check", "Controllers", "Violations",
                "Left to run time", "Status"), List.of(LEFT, LEFT, RIGHT, RIGHT, RIGHT, LEFT));
        for (HoldingSubject s : holding.subjects()) {
            if (s.report() == null) {
                table.row(s.subject(), s.check(), "–", "–", "–", s.status());
            } else {
                table.row(s.subject(), s.check(), Integer.toString(s.report().controllersJudged().size()),
                        Integer.toString(s.report().violations().size()),
                        Integer.toString(s.report().deferred().size()), s.status());
            }
        }
        out.append(table.render()).append('\n');
        list(out, holding, "Violations", s -> s.report() == null ? List.of(s.error())
                : lines(s.report().violations()));
        list(out, holding, "Left to run time (the class files cannot tell; the runtime checks named judge them)",
                s -> s.report() == null ? List.of() : lines(s.report().deferred()));
        list(out, holding, "Not judged", s -> s.report() == null ? List.of() : s.report().notes());
    }

    private static void list(StringBuilder out, HoldingAudit holding, String title,
            Function<HoldingSubject, List<String>> lines) {
        StringBuilder items = new StringBuilder();
        for (HoldingSubject s : holding.subjects()) {
            for (String line : lines.apply(s)) {
                items.append("- ").append(s.subject()).append(" (").append(s.check()).append("): ").append(line)
                        .append('\n');
            }
        }
        if (!items.isEmpty()) {
            out.append(title).append(":\n\n").append(items).append('\n');
        }
    }

    private static List<String> lines(List<HoldingViolation> findings) {
        return findings.stream().map(HoldingViolation::describe).toList();
    }
}
