package dev.dunning.service.rulesets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a version's life: who uploaded, submitted, approved, rejected or activated it, when, and why. */
@Entity
@Table(name = "rule_set_event")
class RuleSetEvent {
    enum Action { UPLOADED, SUBMITTED, APPROVED, REJECTED, ACTIVATED }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_hash")
    private String versionHash;
    @Enumerated(EnumType.STRING)
    private Action action;
    private String actor;
    @Column(name = "happened_at")
    private Instant happenedAt;
    private String comment;

    protected RuleSetEvent() {
    }

    RuleSetEvent(String versionHash, Action action, String actor, Instant happenedAt, String comment) {
        this.versionHash = versionHash;
        this.action = action;
        this.actor = actor;
        this.happenedAt = happenedAt;
        this.comment = comment;
    }

    RuleSetEventView view() {
        return new RuleSetEventView(action.name(), actor, happenedAt, comment);
    }
}
