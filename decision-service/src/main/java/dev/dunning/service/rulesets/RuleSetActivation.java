package dev.dunning.service.rulesets;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** From {@code effectiveFrom} on, {@code versionHash} decides (until a later activation takes effect). */
@Entity
@Table(name = "rule_set_activation")
class RuleSetActivation {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "version_hash")
    private String versionHash;
    @Column(name = "effective_from")
    private Instant effectiveFrom;
    @Column(name = "activated_by")
    private String activatedBy;
    @Column(name = "activated_at")
    private Instant activatedAt;
    private String comment;

    protected RuleSetActivation() {
    }

    RuleSetActivation(String versionHash, Instant effectiveFrom, String activatedBy, Instant activatedAt, String comment) {
        this.versionHash = versionHash;
        this.effectiveFrom = effectiveFrom;
        this.activatedBy = activatedBy;
        this.activatedAt = activatedAt;
        this.comment = comment;
    }

    Long id() {
        return id;
    }

    String versionHash() {
        return versionHash;
    }

    Instant effectiveFrom() {
        return effectiveFrom;
    }
}
