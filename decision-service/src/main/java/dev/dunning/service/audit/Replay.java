package dev.dunning.service.audit;

import java.util.List;

/**
 * A past decision evaluated again with the rule-set and model versions recorded with it: identical, or the fields
 * that differ (the new decision id aside).
 */
public record Replay(String decisionId, String ruleSetVersion, String ruleSetHash, String modelVersion, boolean identical,
                     List<FieldDifference> differences) {
}
