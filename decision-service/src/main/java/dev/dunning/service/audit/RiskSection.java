package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.Risk;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How the payment record was used (PIPL Art 24 transparency): that an automated model scored it, the band the rules put
 * the score in, what the model looked at most, and that the score changes neither the amount nor any protection.
 */
final class RiskSection {

    private RiskSection() {
    }

    static Optional<Section> of(Decision decision, Wording words) {
        Risk risk = decision.risk();
        if (risk == null) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>();
        String band = risk.band() == null ? words.text("risk.band.none") : words.text("risk.band." + risk.band());
        paragraphs.add(words.text("risk.scored", decision.model().version(), band));
        List<String> factors = risk.topFactors().stream().map(f -> wordingKey(f.feature())).distinct()
                .map(key -> words.textOr(key, key.substring(key.lastIndexOf('.') + 1))).toList();
        if (!factors.isEmpty()) {
            paragraphs.add(words.text("risk.factors", String.join(words.text("list.separator"), factors)));
        }
        paragraphs.add(words.text("risk.limits"));
        return Optional.of(new Section(words.text("risk.heading"), paragraphs));
    }

    /** The bills by position share one wording: {@code daysLateBill2} reads as {@code risk.feature.daysLateBill}. */
    static String wordingKey(String feature) {
        return "risk.feature." + feature.replaceAll("(?<=Bill)\\d+$", "");
    }
}
