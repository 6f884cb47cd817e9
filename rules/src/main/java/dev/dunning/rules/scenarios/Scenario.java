package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.request.RequestValidator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One scenario of a {@code *.scenarios.yaml} file: a request (merged over the file's {@code defaults}), the values
 * expected at paths of the decision, the rule ids that must fire, the exact set of protection codes, and parameters set
 * differently from the pack for this scenario (the file's {@code parameters}, then the scenario's), and the risk
 * model's score the rules see ({@code risk}, empty: not scored), and the line of the file where it starts.
 */
public record Scenario(String file, String name, JsonNode request, Map<String, JsonNode> expect, List<String> fired,
                       List<String> protections, List<PolicyParameter> parameters, RiskAssessment risk, int line) {

    /**
     * The scenario's request as the public contract reads it, within the bounds of every request
     * ({@link RequestValidator}); a request the contract cannot read, or out of bounds, is refused before anything
     * evaluates it.
     */
    public DecisionRequest decisionRequest() {
        DecisionRequest read;
        try {
            read = Json.json().treeToValue(request, DecisionRequest.class);
        } catch (JsonProcessingException e) {
            throw new Refused(where() + " has an unreadable request: " + e.getOriginalMessage(), e);
        }
        List<RequestValidator.Violation> violations = RequestValidator.standalone().violations(read);
        if (!violations.isEmpty()) {
            throw new Refused(where() + " has an invalid request, not evaluated: "
                    + violations.stream().map(RequestValidator.Violation::toString).collect(Collectors.joining("; ")), null);
        }
        return read;
    }

    /** The file, line and name of this scenario, as problems name it. */
    public String where() {
        return file + " line " + line + ": scenario '" + name + "'";
    }

    /** A scenario whose request cannot be read or is out of bounds: it is not evaluated. */
    public static final class Refused extends IllegalArgumentException {
        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
