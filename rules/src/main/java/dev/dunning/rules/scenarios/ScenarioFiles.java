package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the scenarios of a rule set from its {@code *.scenarios.yaml} files. */
public final class ScenarioFiles {
    public static final String SUFFIX = ".scenarios.yaml";

    private ScenarioFiles() {
    }

    public static List<Scenario> read(RuleSetSource source) {
        List<Scenario> scenarios = new ArrayList<>();
        source.filesEndingWith(SUFFIX).forEach((path, content) -> scenarios.addAll(read(path, content)));
        return scenarios;
    }

    static List<Scenario> read(String path, String content) {
        JsonNode root = parse(path, content);
        JsonNode defaults = root.path("defaults");
        List<Scenario> scenarios = new ArrayList<>();
        for (JsonNode node : root.path("scenarios")) {
            String name = node.path("name").asText();
            ObjectNode request = merge(defaults.deepCopy(), node.path("request"));
            if (!request.hasNonNull("requestId")) {
                request.put("requestId", path + "#" + name);
            }
            List<PolicyParameter> parameters = new ArrayList<>(parameters(path, node.path("parameters")));
            parameters(path, root.path("parameters")).stream()
                    .filter(fileLevel -> parameters.stream().noneMatch(fileLevel::sameSlotAs)).forEach(parameters::add);
            scenarios.add(new Scenario(path, name, request, expectations(node.path("expect")), texts(node.path("fired")),
                    node.has("protections") ? texts(node.path("protections")) : null, parameters,
                    risk(path, node.path("risk"))));
        }
        return scenarios;
    }

    private static JsonNode parse(String path, String content) {
        try {
            return Json.yaml().readTree(content);
        } catch (IOException e) {
            throw new IllegalArgumentException(path + " is not valid YAML: " + e.getMessage(), e);
        }
    }

    private static ObjectNode merge(JsonNode base, JsonNode overlay) {
        ObjectNode target = base.isObject() ? (ObjectNode) base : Json.json().createObjectNode();
        overlay.properties().forEach(entry -> {
            JsonNode existing = target.get(entry.getKey());
            boolean bothObjects = existing != null && existing.isObject() && entry.getValue().isObject();
            target.set(entry.getKey(), bothObjects ? merge(existing, entry.getValue()) : entry.getValue());
        });
        return target;
    }

    private static List<PolicyParameter> parameters(String path, JsonNode list) {
        List<PolicyParameter> parameters = new ArrayList<>();
        for (JsonNode node : list) {
            if (!node.hasNonNull("name")) {
                throw new IllegalArgumentException(path + ": a scenario parameter needs a name: " + node);
            }
            parameters.add(new PolicyParameter(node.path("name").asText(), node.path("region").textValue(),
                    node.path("value").isNumber() ? node.path("value").decimalValue() : null, path, "scenario", null));
        }
        return parameters;
    }

    /** A scenario's {@code risk: { probability: 0.35 }}: the score the rules see, as if a model had given it. */
    private static RiskAssessment risk(String path, JsonNode risk) {
        if (risk.isMissingNode()) {
            return null;
        }
        if (!risk.path("probability").isNumber()) {
            throw new IllegalArgumentException(path + ": a scenario's risk needs a numeric probability: " + risk);
        }
        return new RiskAssessment("scenario", risk.path("probability").decimalValue(), List.of());
    }

    private static Map<String, JsonNode> expectations(JsonNode expect) {
        Map<String, JsonNode> expectations = new LinkedHashMap<>();
        expect.properties().forEach(entry -> expectations.put(entry.getKey(), entry.getValue()));
        return expectations;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }
}
