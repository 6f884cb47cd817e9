package dev.dunning.service.rulesets;

import java.util.Map;

/**
 * Files an analyst sends: either the changed files, laid over a parent version (the active one unless named), or a
 * whole bundle that replaces every file. Paths are relative to the pack root, e.g. {@code escalation/escalation-ladder.dmn}.
 */
public record RuleSetUpload(String parentHash, Map<String, String> files, boolean wholeBundle, String comment) {
}
