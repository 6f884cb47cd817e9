package dev.dunning.service.rulesets;

import dev.dunning.rules.scenarios.RuleSetVerification;
import java.time.Instant;
import java.util.List;

/**
 * A stored version as the API shows it: provenance, status, its files' paths, what checking it found and its history
 * (who uploaded, submitted, approved or rejected it).
 */
public record RuleSetVersionView(String hash, String version, RuleSetStatus status, String author, Instant createdAt,
                                 String comment, String parentHash, List<String> files, RuleSetVerification verification,
                                 List<RuleSetEventView> history) {
}
