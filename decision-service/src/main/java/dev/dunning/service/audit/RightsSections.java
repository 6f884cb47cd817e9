package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.util.ArrayList;
import java.util.List;

/** How to dispute the decision, and the customer's rights under PIPL Art 24 with the reference to quote. */
final class RightsSections {
    private static final String DISPUTE_OPEN = "DISPUTE_OPEN";

    private RightsSections() {
    }

    static Section dispute(Decision decision, Wording words) {
        List<String> paragraphs = new ArrayList<>();
        if (decision.protections().stream().anyMatch(p -> DISPUTE_OPEN.equals(p.code()))) {
            paragraphs.add(words.text("dispute.open"));
        }
        paragraphs.add(words.text("dispute.how"));
        paragraphs.add(words.text("dispute.hold"));
        paragraphs.add(words.text("dispute.person"));
        return new Section(words.text("dispute.heading"), paragraphs);
    }

    static Section rights(Decision decision, Wording words) {
        String version = decision.ruleSet() == null ? "" : decision.ruleSet().version();
        return new Section(words.text("rights.heading"), List.of(
                words.text("rights.automated"),
                words.text("rights.pipl"),
                words.text("rights.how"),
                words.text("rights.reference", decision.decisionId(), version, decision.accountId())));
    }
}
