package dev.dunning.service.audit;

/** The entry in the log for what was submitted; {@code earlier} when a decision for its request id was logged before. */
record Appended(ChainedEntry entry, boolean earlier) {
}
