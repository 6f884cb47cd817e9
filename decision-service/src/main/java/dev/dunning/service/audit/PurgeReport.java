package dev.dunning.service.audit;

import java.time.Instant;

/** What a retention purge removed: entries recorded before {@code cutoff}, up to and including {@code throughSeq}. */
public record PurgeReport(Instant cutoff, long purged, long throughSeq, String throughHash) {
}
