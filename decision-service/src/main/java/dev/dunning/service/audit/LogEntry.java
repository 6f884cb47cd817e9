package dev.dunning.service.audit;

import java.time.Instant;

/**
 * An entry to append: who did what, when, and its content as canonical JSON. The columns after {@code subject} are
 * copies of what the content says, kept beside it so that the log can be searched; the entry hash covers them too.
 */
record LogEntry(EntryKind kind, Instant recordedAt, String actor, String subject, Facts facts, String content) {

    /** The searchable facts of a decision; only the rule set for a governance event, none for other entries. */
    record Facts(String requestId, String requestFingerprint, String accountId, Instant asOf, String step,
                 String channel, String ruleSetVersion, String ruleSetHash, String modelVersion,
                 String firedRules) {
        static final Facts NONE = new Facts(null, null, null, null, null, null, null, null, null, null);

        static Facts ruleSet(String version, String hash) {
            return new Facts(null, null, null, null, null, null, version, hash, null, null);
        }
    }

    LogEntry at(Instant when) {
        return new LogEntry(kind, when, actor, subject, facts, content);
    }
}
