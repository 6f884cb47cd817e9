package dev.dunning.service.audit;

/**
 * The result of walking the chain: whether every entry hashes to what it records and links to its predecessor, how
 * many entries were checked (from the retention checkpoint, if any, to the head), and the first broken link.
 */
public record ChainVerification(boolean intact, long entriesChecked, long checkpointSeq, long headSeq, String headHash,
                                Long brokenAt, String problem) {
}
