package dev.dunning.service.audit;

/** An entry as it stands in the chain: its place, the hash of its content, its predecessor's hash and its own. */
record ChainedEntry(long seq, LogEntry entry, String contentHash, String previousHash, String entryHash) {

    /** Links {@code entry} after the entry whose hash is {@code previousHash}. */
    static ChainedEntry link(long seq, LogEntry entry, String previousHash) {
        String contentHash = Hashes.sha256(entry.content());
        return new ChainedEntry(seq, entry, contentHash, previousHash, Hashes.entryHash(seq, entry, contentHash, previousHash));
    }

    /** What is wrong with this entry as stored, or null when its hashes are its own and it follows {@code previous}. */
    String problemAfter(long previousSeq, String previous) {
        if (seq != previousSeq + 1) {
            return "entry " + (previousSeq + 1) + " is missing: entry " + previousSeq + " is followed by entry " + seq;
        }
        if (!previousHash.equals(previous)) {
            return "does not link to its predecessor: it records " + previousHash + ", the predecessor hashes to " + previous;
        }
        if (!contentHash.equals(Hashes.sha256(entry.content()))) {
            return "its content was changed: it no longer hashes to the recorded " + contentHash;
        }
        if (!entryHash.equals(Hashes.entryHash(seq, entry, contentHash, previousHash))) {
            return "its columns were changed: they no longer hash to the recorded " + entryHash;
        }
        return null;
    }
}
