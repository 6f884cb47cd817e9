package dev.dunning.service.audit;

import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Walks the chain from the retention checkpoint to the head: each entry must follow its predecessor without a gap,
 * record its predecessor's hash, and still hash to its own recorded hashes; the last entry must be the head, and a
 * checkpoint must be attested by the purge entry that made it. Reports the first broken link.
 */
@Component
class ChainVerifier {
    private static final int PAGE = 1000;
    private final AuditChain chain;
    private final JdbcTemplate jdbc;
    private final CanonicalJson json;

    ChainVerifier(AuditChain chain, JdbcTemplate jdbc, CanonicalJson json) {
        this.chain = chain;
        this.jdbc = jdbc;
        this.json = json;
    }

    ChainVerification verify() {
        Checkpoint start = latestCheckpoint();
        Walk walk = new Walk(start.throughSeq(), start.throughHash());
        boolean attested = start.isGenesis();
        while (true) {
            List<ChainedEntry> page = chain.after(walk.seq, PAGE);
            for (ChainedEntry entry : page) {
                String problem = entry.problemAfter(walk.seq, walk.hash);
                if (problem != null) {
                    return walk.broken(start, entry.seq(), problem);
                }
                attested |= attests(entry, start);
                walk.step(entry);
            }
            if (page.size() == PAGE) {
                continue;
            }
            AuditChain.Head head = chain.head();
            if (head.seq() > walk.seq && !chain.after(walk.seq, 1).isEmpty()) {
                continue;
            }
            return finish(start, walk, head, attested);
        }
    }

    private ChainVerification finish(Checkpoint start, Walk walk, AuditChain.Head head, boolean attested) {
        if (head.seq() != walk.seq || !head.hash().equals(walk.hash)) {
            return walk.broken(start, walk.seq + 1, "the chain ends at entry " + walk.seq + " but its head records entry "
                    + head.seq() + ": entries were removed from the end");
        }
        if (!attested) {
            return walk.broken(start, start.throughSeq(), "the retention checkpoint at entry " + start.throughSeq()
                    + " is attested by no purge entry: entries may have been removed");
        }
        return new ChainVerification(true, walk.checked, start.throughSeq(), walk.seq, walk.hash, null, null);
    }

    private boolean attests(ChainedEntry entry, Checkpoint start) {
        if (entry.entry().kind() != EntryKind.RETENTION_PURGE) {
            return false;
        }
        Checkpoint made = json.read(entry.entry().content(), Checkpoint.class);
        return made.throughSeq() == start.throughSeq() && made.throughHash().equals(start.throughHash());
    }

    Checkpoint latestCheckpoint() {
        return jdbc.query("SELECT through_seq, through_hash, purged_count, cutoff FROM audit_checkpoint "
                        + "ORDER BY through_seq DESC FETCH FIRST 1 ROWS ONLY",
                (rs, n) -> new Checkpoint(rs.getLong(1), rs.getString(2), rs.getLong(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant()))
                .stream().findFirst().orElse(Checkpoint.GENESIS);
    }

    private static final class Walk {
        long seq;
        String hash;
        long checked;

        Walk(long seq, String hash) {
            this.seq = seq;
            this.hash = hash;
        }

        void step(ChainedEntry entry) {
            seq = entry.seq();
            hash = entry.entryHash();
            checked++;
        }

        ChainVerification broken(Checkpoint start, long at, String problem) {
            return new ChainVerification(false, checked, start.throughSeq(), seq, hash, at, "entry " + at + ": " + problem);
        }
    }
}
