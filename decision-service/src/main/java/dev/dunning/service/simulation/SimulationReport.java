package dev.dunning.service.simulation;

import dev.dunning.rules.request.EscalationStep;
import java.math.BigDecimal;
import java.util.List;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * {@code report.html}: one self-contained page (styles inline, charts as embedded PNG images) with the headline
 * numbers, the transition matrix of steps, the totals, and the sampled changed decisions with both traces. Customer
 * names appear only masked.
 */
final class SimulationReport {
    private static final String STYLE = """
            body{font-family:sans-serif;margin:2em;color:#222}table{border-collapse:collapse;margin:1em 0}
            td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f3f3f3}
            td.changed{background:#ffd54f;font-weight:bold}td.same{background:#e8f5e9}.text td{text-align:left;vertical-align:top}
            mark{background:#ffd54f}code{font-size:90%}img{max-width:100%}""";

    private SimulationReport() {
    }

    static String html(SimulationSummary s) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Simulation: "
                + escape(s.candidate().version()) + "</title><style>" + STYLE + "</style></head><body>\n"
                + headline(s) + matrix(s) + "<h2>Charts</h2><img alt=\"Accounts per step, baseline and candidate\" src=\""
                + Charts.stepDistribution(s) + "\">\n<img alt=\"Changed accounts by kind of change\" src=\""
                + Charts.changesByKind(s) + "\">\n" + sample(s) + problems(s.problems()) + "</body></html>\n";
    }

    private static String headline(SimulationSummary s) {
        return "<h1>Simulation of a rule-set change</h1>\n<table class=\"text\">"
                + row("Baseline", escape(s.baseline().version()) + " <code>" + s.baseline().hash() + "</code>")
                + row("Candidate", escape(s.candidate().version()) + " <code>" + s.candidate().hash() + "</code>")
                + row("Accounts decided", s.accounts() + " in " + s.millis() / 1000.0 + " s")
                + row("Accounts changed", s.changed() + " (" + percent(s.changed(), s.accounts()) + ")")
                + s.changesByKind().entrySet().stream().map(e -> row("&nbsp;&nbsp;changed " + label(e.getKey().name()),
                        String.valueOf(e.getValue()))).collect(Collectors.joining())
                + row("Protected households affected", String.valueOf(s.protectedHouseholdsAffected()))
                + row("Rows rejected (not read)", String.valueOf(s.rejected()))
                + row("Accounts that could not be decided", String.valueOf(s.failed())) + "</table>\n"
                + "<h2>Totals (yuan)</h2><table><tr><th></th><th>baseline</th><th>candidate</th><th>difference</th></tr>"
                + totals("Late fees", s.lateFees()) + totals("Amount due", s.totalDue()) + "</table>\n";
    }

    private static String matrix(SimulationSummary s) {
        List<EscalationStep> steps = s.steps();
        StringBuilder html = new StringBuilder("<h2>Transition matrix of steps</h2><p>Rows: the baseline's step; "
                + "columns: the candidate's. Highlighted: accounts that change step.</p><table><tr><th>baseline \\ candidate</th>");
        steps.forEach(step -> html.append("<th>").append(step).append("</th>"));
        for (int from = 0; from < steps.size(); from++) {
            html.append("</tr>\n<tr><th>").append(steps.get(from)).append("</th>");
            for (int to = 0; to < steps.size(); to++) {
                long count = s.transitions()[from][to];
                String css = count == 0 ? "" : from == to ? " class=\"same\"" : " class=\"changed\"";
                html.append("<td").append(css).append('>').append(count).append("</td>");
            }
        }
        return html.append("</tr></table>\n").toString();
    }

    private static String sample(SimulationSummary s) {
        StringBuilder html = new StringBuilder("<h2>Changed decisions (the first " + s.sample().size() + " of "
                + s.changed() + "; all in changes.csv)</h2>\n");
        for (Comparison c : s.sample()) {
            Outcome b = c.baseline();
            Outcome a = c.candidate();
            html.append("<h3>").append(escape(c.accountId())).append(' ').append(escape(Objects.toString(c.maskedName(), "")))
                    .append(" (line ").append(c.line()).append(c.protectedHousehold() ? ", protected household" : "")
                    .append("): ").append(c.differences().stream().map(d -> label(d.name())).collect(Collectors.joining(", ")))
                    .append("</h3>\n<table class=\"text\"><tr><th></th><th>baseline</th><th>candidate</th></tr>")
                    .append(pair("step", b.step(), a.step())).append(pair("action", b.action(), a.action()))
                    .append(pair("channel", b.channel(), a.channel())).append(pair("send at", b.sendAt(), a.sendAt()))
                    .append(pair("amount due", b.totalDue(), a.totalDue())).append(pair("late fees", b.lateFees(), a.lateFees()))
                    .append(row("fired rules", ids(b.firedRules(), a.firedRules()), ids(a.firedRules(), b.firedRules())))
                    .append(row("matched rows", ids(b.matchedRows(), a.matchedRows()), ids(a.matchedRows(), b.matchedRows())))
                    .append("</table>\n");
        }
        return html.toString();
    }

    private static String problems(List<String> problems) {
        return problems.isEmpty() ? "" : "<h2>Problems (the first " + problems.size() + ")</h2><ul>"
                + problems.stream().map(p -> "<li>" + escape(p) + "</li>").collect(Collectors.joining()) + "</ul>\n";
    }

    private static String totals(String what, SimulationSummary.Totals totals) {
        return "<tr><th>" + what + "</th><td>" + totals.baseline().toPlainString() + "</td><td>"
                + totals.candidate().toPlainString() + "</td><td>" + signed(totals.difference()) + "</td></tr>";
    }

    private static String pair(String what, Object baseline, Object candidate) {
        String b = escape(Objects.toString(baseline, "—"));
        String a = escape(Objects.toString(candidate, "—"));
        boolean same = baseline instanceof BigDecimal x && candidate instanceof BigDecimal y ? x.compareTo(y) == 0 : a.equals(b);
        return same ? row(what, b, a) : row(what, "<mark>" + b + "</mark>", "<mark>" + a + "</mark>");
    }

    /** The ids of {@code mine}, those the other side lacks marked. */
    private static String ids(List<String> mine, List<String> theirs) {
        return mine.stream().map(id -> theirs.contains(id) ? escape(id) : "<mark>" + escape(id) + "</mark>")
                .collect(Collectors.joining("<br>"));
    }

    private static String row(String... cells) {
        return "<tr><th>" + cells[0] + "</th>" + Arrays.stream(cells, 1, cells.length)
                .map(c -> "<td>" + c + "</td>").collect(Collectors.joining()) + "</tr>\n";
    }

    private static String label(String name) {
        return name.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String percent(long part, long whole) {
        return whole == 0 ? "0 %" : String.format(Locale.ROOT, "%.2f %%", 100.0 * part / whole);
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
