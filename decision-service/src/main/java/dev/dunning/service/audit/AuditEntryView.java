package dev.dunning.service.audit;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** An entry as a search lists it: what it records and its hashes, without its content (which may name the customer). */
public record AuditEntryView(long seq, EntryKind kind, Instant recordedAt, String actor, String subject, String requestId,
                             String accountId, Instant asOf, String step, String channel, String ruleSetVersion,
                             String ruleSetHash, String modelVersion, List<String> firedRules, String entryHash) {

    static AuditEntryView of(ChainedEntry chained) {
        LogEntry e = chained.entry();
        LogEntry.Facts f = e.facts();
        return new AuditEntryView(chained.seq(), e.kind(), e.recordedAt(), e.actor(), e.subject(), f.requestId(),
                f.accountId(), f.asOf(), f.step(), f.channel(), f.ruleSetVersion(), f.ruleSetHash(), f.modelVersion(),
                f.firedRules() == null ? List.of() : Arrays.stream(f.firedRules().trim().split(" ")).filter(s -> !s.isEmpty()).toList(),
                chained.entryHash());
    }
}
