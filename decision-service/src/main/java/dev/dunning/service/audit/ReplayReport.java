package dev.dunning.service.audit;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * How reproducible the decisions of a time range are: how many were replayed, how many came out identical, differed
 * or could not be replayed, with the first few of each.
 */
public record ReplayReport(OffsetDateTime from, OffsetDateTime to, long replayed, long identical, long different,
                           long failed, List<Replay> differences, List<String> failures) {
}
