package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;

/**
 * One scenario of a {@code *.scenarios.yaml} file: a request (merged over the file's {@code defaults}), the values
 * expected at paths of the decision, the rule ids that must fire and the exact set of protection codes.
 */
public record Scenario(String file, String name, JsonNode request, Map<String, JsonNode> expect, List<String> fired,
                       List<String> protections) {
}
