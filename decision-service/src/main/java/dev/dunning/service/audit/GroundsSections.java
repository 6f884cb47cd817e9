package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.Trace;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What protects you and why: the protections that apply, then the rules that fired and the decision-table rows that
 * matched, each with its source as the rule set cites it. A rule that fired more than once is named once.
 */
final class GroundsSections {

    private GroundsSections() {
    }

    static Optional<Section> protections(Decision decision, Wording words) {
        List<String> paragraphs = decision.protections().stream()
                .map(p -> words.text("protection.line", p.reason(), p.source())).distinct().toList();
        return section(words.text("protections.heading"), paragraphs);
    }

    static Optional<Section> reasons(Decision decision, Wording words) {
        Trace trace = decision.trace();
        if (trace == null) {
            return Optional.empty();
        }
        Stream<String> rules = trace.firedRules().stream().map(r -> words.text("why.rule", r.name(), r.source()));
        Stream<String> rows = trace.matchedRows().stream().map(r ->
                words.text("why.row", words.textOr("table." + r.decision(), r.decision()), r.source()));
        List<String> paragraphs = Stream.concat(rules, rows).distinct().toList();
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        List<String> withIntro = Stream.concat(Stream.of(words.text("why.intro")), paragraphs.stream()).toList();
        return section(words.text("why.heading"), withIntro);
    }

    private static Optional<Section> section(String heading, List<String> paragraphs) {
        return paragraphs.isEmpty() ? Optional.empty() : Optional.of(new Section(heading, paragraphs));
    }
}
