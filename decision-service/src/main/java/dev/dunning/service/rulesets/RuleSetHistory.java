package dev.dunning.service.rulesets;

import java.time.Clock;
import java.time.Instant;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Records each step of a version's life and publishes it, in the caller's transaction, for the decision log. */
@Component
class RuleSetHistory {
    private final RuleSetEvents events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    RuleSetHistory(RuleSetEvents events, ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    void record(RuleSetVersion version, RuleSetEvent.Action action, String actor, String comment) {
        record(version, action, action.name(), actor, comment);
    }

    /** An activation of a version that was active before: a roll-back. */
    void recordRollBack(RuleSetVersion version, String actor, String comment) {
        record(version, RuleSetEvent.Action.ACTIVATED, "ROLLED_BACK", actor, comment);
    }

    private void record(RuleSetVersion version, RuleSetEvent.Action action, String published, String actor, String comment) {
        Instant now = clock.instant();
        events.save(new RuleSetEvent(version.hash(), action, actor, now, comment));
        publisher.publishEvent(new RuleSetChanged(version.hash(), version.version(), published, actor, now, comment));
    }
}
