package dev.dunning.service.batch;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.decisions.Decided;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One row of a decisions CSV: the columns a billing system sorts and filters by, then the whole decision as JSON. */
final class DecisionRow {
    static final List<String> HEADER = List.of("requestId", "decisionId", "accountId", "asOf", "step", "action",
            "totalDue", "channel", "send", "sendAt", "templateId", "suppressedBecause", "riskProbability", "riskBand",
            "ruleSetVersion", "ruleSetHash", "modelVersion", "firedRules", "decision");

    private DecisionRow() {
    }

    /** The row of {@code decided}; without a decision (the parse-and-write pass) only the request's columns. */
    static String[] cells(DecisionRequest request, Decided decided) {
        if (decided == null) {
            String[] cells = new String[HEADER.size()];
            cells[0] = request.requestId();
            cells[2] = request.account().id();
            cells[3] = request.asOf().toString();
            return cells;
        }
        Decision d = decided.decision();
        return new String[] {d.requestId(), d.decisionId(), d.accountId(), text(d.asOf()),
                text(d.escalation(), e -> e.step()), text(d.escalation(), e -> e.action()),
                text(d.charges(), c -> c.totalDue().toPlainString()), text(d.contact(), c -> c.channel()),
                text(d.contact(), c -> c.send()), text(d.contact(), c -> c.sendAt()),
                text(d.contact(), c -> c.templateId()), text(d.contact(), c -> c.suppressedBecause()),
                text(d.risk(), r -> r.probability().toPlainString()), text(d.risk(), r -> r.band()),
                text(d.ruleSet(), r -> r.version()), text(d.ruleSet(), r -> r.hash()), text(d.model(), m -> m.version()),
                text(d.trace(), t -> t.firedRules().stream().map(FiredRule::id).collect(Collectors.joining("|"))),
                decided.json()};
    }

    /** The step a decision is counted under in the summary. */
    static String step(Decided decided) {
        return decided == null ? "(not decided)" : text(decided.decision().escalation(), e -> e.step());
    }

    private static <T> String text(T value, Function<T, Object> part) {
        return value == null ? null : text(part.apply(value));
    }

    private static String text(Object value) {
        return Objects.toString(value, null);
    }
}
