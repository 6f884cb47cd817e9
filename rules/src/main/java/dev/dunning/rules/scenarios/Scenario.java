package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.DecisionRequest;
import java.util.List;
import java.util.Map;

/**
 * One scenario of a {@code *.scenarios.yaml} file: a request (merged over the file's {@code defaults}), the values
 * expected at paths of the decision, the rule ids that must fire, the exact set of protection codes, and parameters set
 * differently from the pack for this scenario (the file's {@code parameters}, then the scenario's), and the risk
 * model's score the rules see ({@code risk}, empty: not scored).
 */
public record Scenario(String file, String name, JsonNode request, Map<String, JsonNode> expect, List<String> fired,
                       List<String> protections, List<PolicyParameter> parameters, RiskAssessment risk) {

    /** The scenario's request as the public contract reads it; a request the contract cannot read is an error. */
    public DecisionRequest decisionRequest() {
        try {
            return Json.json().treeToValue(request, DecisionRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": scenario '" + name + "' has an unreadable request: "
                    + e.getOriginalMessage(), e);
        }
    }
}
