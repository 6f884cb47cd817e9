/**
 * What changed between two rule sets, for the people who review policy changes: the files (with unified line diffs),
 * the DRL rules by {@code @id}, the DMN decision-table rows by row id and the policy parameters by name and region.
 * Start at {@link dev.dunning.rules.diff.RuleSetDiff#between}; the result,
 * {@link dev.dunning.rules.diff.RuleSetChanges}, is made of records and enums that serialize to plain JSON.
 */
package dev.dunning.rules.diff;
