package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.RuleSetSource;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

/** A stored rule-set version: its files (never changed once stored), provenance, status and verification. */
@Entity
@Table(name = "rule_set_version")
class RuleSetVersion {
    @Id
    private String hash;
    @Column(name = "version_label")
    private String version;
    @Enumerated(EnumType.STRING)
    private RuleSetStatus status;
    private String author;
    @Column(name = "created_at")
    private Instant createdAt;
    private String comment;
    @Column(name = "parent_hash")
    private String parentHash;
    @Column(name = "verification_json", length = 1_000_000)
    private String verificationJson;
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "rule_set_file", joinColumns = @JoinColumn(name = "version_hash"))
    @MapKeyColumn(name = "path")
    @Column(name = "content", length = 1_000_000)
    private Map<String, String> files = new TreeMap<>();

    protected RuleSetVersion() {
    }

    RuleSetVersion(RuleSetSource source, RuleSetStatus status, String author, Instant createdAt, String comment,
                   String parentHash, String verificationJson) {
        this.hash = source.hash();
        this.version = source.version();
        this.status = status;
        this.author = author;
        this.createdAt = createdAt;
        this.comment = comment;
        this.parentHash = parentHash;
        this.verificationJson = verificationJson;
        this.files = new TreeMap<>(source.files());
    }

    RuleSetSource source() {
        return RuleSetSource.of(version, files);
    }

    void moveTo(RuleSetStatus next) {
        this.status = next;
    }

    String hash() {
        return hash;
    }

    String version() {
        return version;
    }

    RuleSetStatus status() {
        return status;
    }

    String author() {
        return author;
    }

    Instant createdAt() {
        return createdAt;
    }

    String comment() {
        return comment;
    }

    String parentHash() {
        return parentHash;
    }

    String verificationJson() {
        return verificationJson;
    }
}
