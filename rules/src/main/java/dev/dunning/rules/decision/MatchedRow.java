package dev.dunning.rules.decision;

/** A DMN decision-table row that matched: its decision, 1-based row number, row id and cited source. */
public record MatchedRow(String decision, int row, String rowId, String source) {
}
