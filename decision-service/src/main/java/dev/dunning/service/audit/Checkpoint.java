package dev.dunning.service.audit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;

/** Where the chain starts after a purge: the last purged entry's seq and hash. Seq 0 and the genesis hash before any. */
record Checkpoint(long throughSeq, String throughHash, long purgedCount, Instant cutoff) {
    static final Checkpoint GENESIS = new Checkpoint(0, Hashes.GENESIS, 0, Instant.EPOCH);

    @JsonIgnore
    boolean isGenesis() {
        return throughSeq == 0;
    }
}
