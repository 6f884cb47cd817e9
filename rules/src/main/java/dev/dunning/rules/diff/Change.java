package dev.dunning.rules.diff;

/** How a file, rule, table row or parameter differs from the older rule set to the newer one. */
public enum Change {
    /** Only in the newer rule set. */
    ADDED,
    /** Only in the older rule set. */
    REMOVED,
    /** In both, with a different content. Elements that did not change are never listed. */
    CHANGED
}
