package dev.dunning.service.rulesets;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activation of approved versions by a reviewer, effective from a moment (now, or later: never in the past, so a
 * decision already made is never re-decided by another version; a moment less than a minute ago, as from a clock
 * slightly behind, is taken as now). Re-activating an earlier version is a rollback.
 */
@Service
public class RuleSetGoLive {
    private static final Set<RuleSetStatus> ACTIVATABLE = EnumSet.of(RuleSetStatus.APPROVED, RuleSetStatus.ACTIVE,
            RuleSetStatus.RETIRED);
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(1);
    private final RuleSetVersions versions;
    private final RuleSetActivations activations;
    private final RuleSetHistory history;
    private final ActiveRuleSet active;
    private final Clock clock;

    RuleSetGoLive(RuleSetVersions versions, RuleSetActivations activations, RuleSetHistory history, ActiveRuleSet active,
                  Clock clock) {
        this.versions = versions;
        this.activations = activations;
        this.history = history;
        this.active = active;
        this.clock = clock;
    }

    @Transactional
    public void activate(String hash, OffsetDateTime effectiveFrom, String reviewer, String comment) {
        RuleSetVersion version = versions.findById(hash).orElseThrow(() -> new RuleSetNotFound(hash));
        if (!ACTIVATABLE.contains(version.status())) {
            throw new RuleSetTransitionRefused("Version " + hash + " is " + version.status()
                    + "; only an approved version (or an earlier active one, to roll back) can be activated");
        }
        Instant now = clock.instant();
        Instant asked = effectiveFrom == null ? now : effectiveFrom.toInstant();
        if (asked.isBefore(now.minus(CLOCK_SKEW))) {
            throw new RuleSetTransitionRefused("An activation cannot be backdated: " + effectiveFrom
                    + " is in the past, and decisions already made must keep the version that made them");
        }
        Instant from = asked.isBefore(now) ? now : asked;
        try {
            active.compile(version.source());
        } catch (RuntimeException e) {
            throw new RuleSetTransitionRefused("Version " + hash + " does not compile with this service: " + e.getMessage());
        }
        boolean rollBack = version.status() == RuleSetStatus.ACTIVE;
        version.moveTo(RuleSetStatus.ACTIVE);
        activations.save(new RuleSetActivation(hash, from, reviewer, now, comment));
        String note = "effective from " + from + (comment == null ? "" : ": " + comment);
        if (rollBack) {
            history.recordRollBack(version, reviewer, note);
        } else {
            history.record(version, RuleSetEvent.Action.ACTIVATED, reviewer, note);
        }
    }
}
