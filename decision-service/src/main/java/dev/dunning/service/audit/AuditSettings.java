package dev.dunning.service.audit;

import java.time.Duration;
import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the decision log commits and how long it keeps entries.
 *
 * @param groupSize        at most this many entries share one transaction and one sync to disk
 * @param commitDelay      how long a group waits for decisions still under way, to share their commit
 * @param queueCapacity    entries waiting for the writer; when it is full, callers get 503 at once
 * @param commitTimeout    how long a caller waits for its entry to be durable before it gets 503
 * @param retention        entries older than this are purged, leaving a checkpoint the chain continues from
 * @param purgeCron        when the purge runs (in {@code dunning.rules.time-zone})
 * @param benchmarkWithoutLog for benchmarks only: decide without logging, to measure what the log costs
 */
@ConfigurationProperties("dunning.audit")
public record AuditSettings(@DefaultValue("256") int groupSize, @DefaultValue("10ms") Duration commitDelay,
                            @DefaultValue("10000") int queueCapacity,
                            @DefaultValue("5s") Duration commitTimeout, @DefaultValue("3y") Period retention,
                            @DefaultValue("0 30 3 * * *") String purgeCron,
                            @DefaultValue("false") boolean benchmarkWithoutLog) {
}
