package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.facts.RiskAssessment;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.request.Bounds;
import java.math.BigDecimal;
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
        ScenarioFile file = ScenarioFile.parse(path, content);
        JsonNode root = file.root();
        JsonNode defaults = root.path("defaults");
        List<Scenario> scenarios = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("scenarios")) {
            int line = file.lineOf(index++);
            String name = node.path("name").asText();
            ObjectNode request = merge(defaults.deepCopy(), node.path("request"));
            if (!request.hasNonNull("requestId")) {
                request.put("requestId", path + "#" + line);
            }
            List<PolicyParameter> parameters = new ArrayList<>(parameters(path, node.path("parameters")));
            parameters(path, root.path("parameters")).stream()
                    .filter(fileLevel -> parameters.stream().noneMatch(fileLevel::sameSlotAs)).forEach(parameters::add);
            scenarios.add(new Scenario(path, name, request, expectations(node.path("expect")), texts(node.path("fired")),
                    node.has("protections") ? texts(node.path("protections")) : null, parameters,
                    risk(path, line, node.path("risk")), line));
        }
        return scenarios;
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
            BigDecimal value = node.path("value").isNumber() ? node.path("value").decimalValue() : null;
            Bounds.parameterProblem(value).ifPresent(problem -> {
                throw new IllegalArgumentException(path + ": scenario parameter " + node.path("name").asText() + " "
                        + problem);
            });
            parameters.add(new PolicyParameter(node.path("name").asText(), node.path("region").textValue(), value, path,
                    "scenario", null));
        }
        return parameters;
    }

    /** A scenario's {@code risk: { probability: 0.35 }}: the score the rules see, as if a model had given it. */
    private static RiskAssessment risk(String path, int line, JsonNode risk) {
        if (risk.isMissingNode()) {
            return null;
        }
        BigDecimal probability = risk.path("probability").isNumber() ? risk.path("probability").decimalValue() : null;
        if (probability == null || probability.signum() < 0 || probability.compareTo(BigDecimal.ONE) > 0
                || Bounds.parameterProblem(probability).isPresent()) {
            throw new IllegalArgumentException(path + " line " + line
                    + ": a scenario's risk needs a probability between 0 and 1 with at most "
                    + Bounds.PARAMETER_FRACTION_DIGITS + " decimals");
        }
        return new RiskAssessment("scenario", probability, List.of());
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
