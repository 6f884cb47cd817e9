package dev.dunning.service.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Removes entries older than the retention period, oldest first, so that what is left is still one chain: a
 * checkpoint keeps the last removed entry's seq and hash, where verification starts, and a RETENTION_PURGE entry
 * appended in the same transaction attests the checkpoint.
 */
@Component
class Retention {
    private static final Logger log = LoggerFactory.getLogger(Retention.class);
    private final AuditChain chain;
    private final JdbcTemplate jdbc;
    private final CanonicalJson json;
    private final AuditSettings settings;
    private final Clock clock;
    private final ZoneId zone;

    Retention(AuditChain chain, JdbcTemplate jdbc, CanonicalJson json, AuditSettings settings, Clock clock,
              @Value("${dunning.rules.time-zone}") ZoneId zone) {
        this.chain = chain;
        this.jdbc = jdbc;
        this.json = json;
        this.settings = settings;
        this.clock = clock;
        this.zone = zone;
    }

    @Scheduled(cron = "${dunning.audit.purge-cron:0 30 3 * * *}", zone = "${dunning.rules.time-zone}")
    void purgeOnSchedule() {
        purge("retention schedule");
    }

    /** Purges what is older than the retention period; {@code actor} is who asked. */
    @Transactional
    public PurgeReport purge(String actor) {
        Instant cutoff = clock.instant().atZone(zone).minus(settings.retention()).toInstant();
        chain.lockHead();
        List<ChainedEntry> last = jdbc.query("SELECT " + AuditChain.COLUMNS + " FROM audit_entry WHERE seq < "
                + "COALESCE((SELECT MIN(seq) FROM audit_entry WHERE recorded_at >= ?), (SELECT last_seq + 1 FROM audit_chain_head)) "
                + "ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY", AuditChain.ROWS, cutoff.atOffset(ZoneOffset.UTC));
        if (last.isEmpty()) {
            return new PurgeReport(cutoff, 0, 0, null);
        }
        ChainedEntry through = last.getFirst();
        int purged = jdbc.update("DELETE FROM audit_entry WHERE seq <= ?", through.seq());
        Checkpoint checkpoint = new Checkpoint(through.seq(), through.entryHash(), purged, cutoff);
        jdbc.update("INSERT INTO audit_checkpoint (through_seq, through_hash, purged_count, cutoff, purged_at) VALUES (?, ?, ?, ?, ?)",
                checkpoint.throughSeq(), checkpoint.throughHash(), purged, cutoff.atOffset(ZoneOffset.UTC),
                clock.instant().atOffset(ZoneOffset.UTC));
        chain.append(List.of(new LogEntry(EntryKind.RETENTION_PURGE, Instant.EPOCH, actor, String.valueOf(through.seq()),
                LogEntry.Facts.NONE, json.write(checkpoint))));
        log.info("Purged {} log entries recorded before {} (through entry {})", purged, cutoff, through.seq());
        return new PurgeReport(cutoff, purged, through.seq(), through.entryHash());
    }
}
