package dev.dunning.service.audit;

import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.Escalation;
import dev.dunning.rules.decision.EscalationAction;
import dev.dunning.rules.decision.Protection;
import dev.dunning.rules.request.EscalationStep;
import dev.dunning.service.audit.CustomerExplanation.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What happens next: the step in plain words, what is done about it, and when the account is looked at again. */
final class NextStepSection {

    private NextStepSection() {
    }

    static Optional<Section> of(Decision decision, Wording words) {
        Escalation escalation = decision.escalation();
        if (escalation == null) {
            return Optional.empty();
        }
        List<String> paragraphs = new ArrayList<>(action(decision, escalation, words));
        if (escalation.humanReviewRequired() && escalation.action() != EscalationAction.HUMAN_REVIEW) {
            paragraphs.add(words.text("next.reviewed"));
        }
        if (escalation.nextReviewOn() != null) {
            paragraphs.add(words.text("next.reviewOn", words.date(escalation.nextReviewOn())));
        }
        return Optional.of(new Section(words.text("next.heading"), paragraphs));
    }

    private static List<String> action(Decision decision, Escalation escalation, Wording words) {
        String step = step(escalation.step(), words);
        return switch (escalation.action()) {
            case CONTACT -> List.of(words.text("next.contact", step));
            case HOLD -> hold(decision, escalation, words);
            case HUMAN_REVIEW -> withProtection(decision, escalation, words.text("next.humanReview", step), words);
            case NONE -> List.of(words.text("next.none"));
        };
    }

    private static List<String> hold(Decision decision, Escalation escalation, Wording words) {
        String fallback = reason(decision, escalation.limitedBy()).orElse(words.text("limit.other"));
        String hold = words.text("next.hold", words.textOr("limit." + escalation.limitedBy(), fallback));
        if (escalation.step() == EscalationStep.NONE) {
            return List.of(hold);
        }
        return List.of(hold, words.text("next.holdAt", step(escalation.step(), words)));
    }

    private static List<String> withProtection(Decision decision, Escalation escalation, String text, Wording words) {
        return reason(decision, escalation.limitedBy())
                .map(reason -> List.of(text, words.text("next.protectedBy", reason))).orElse(List.of(text));
    }

    private static Optional<String> reason(Decision decision, String code) {
        return decision.protections().stream().filter(p -> p.code().equals(code)).map(Protection::reason).findFirst();
    }

    private static String step(EscalationStep step, Wording words) {
        return words.text("step." + step.name());
    }
}
