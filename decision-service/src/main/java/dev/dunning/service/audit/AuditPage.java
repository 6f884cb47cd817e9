package dev.dunning.service.audit;

import java.util.List;

/** One page of a search, newest first, with the total number of entries found. */
public record AuditPage(List<AuditEntryView> entries, int page, int size, long total) {
}
