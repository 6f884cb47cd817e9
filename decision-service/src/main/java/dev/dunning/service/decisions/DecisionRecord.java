package dev.dunning.service.decisions;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A stored decision: the request and the answer as JSON, with the rule-set version that produced it. */
@Entity
@Table(name = "decision_record")
class DecisionRecord {
    @Id
    @Column(name = "decision_id")
    private String decisionId;
    @Column(name = "request_id")
    private String requestId;
    @Column(name = "request_fingerprint")
    private String requestFingerprint;
    @Column(name = "account_id")
    private String accountId;
    @Column(name = "as_of")
    private Instant asOf;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "rule_set_version")
    private String ruleSetVersion;
    @Column(name = "rule_set_hash")
    private String ruleSetHash;
    @Column(name = "step")
    private String step;
    @Column(name = "request_json", length = 1_000_000)
    private String requestJson;
    @Column(name = "decision_json", length = 1_000_000)
    private String decisionJson;

    protected DecisionRecord() {
    }

    DecisionRecord(StoredDecision stored) {
        this.decisionId = stored.decision().decisionId();
        this.requestId = stored.decision().requestId();
        this.requestFingerprint = stored.requestFingerprint();
        this.accountId = stored.decision().accountId();
        this.asOf = stored.decision().asOf().toInstant();
        this.decidedAt = stored.decidedAt();
        this.ruleSetVersion = stored.decision().ruleSet().version();
        this.ruleSetHash = stored.decision().ruleSet().hash();
        this.step = stored.decision().escalation().step().name();
        this.requestJson = stored.requestJson();
        this.decisionJson = stored.decisionJson();
    }

    String requestFingerprint() {
        return requestFingerprint;
    }

    String decisionJson() {
        return decisionJson;
    }
}
