package dev.dunning.rules.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dunning.rules.facts.PolicyParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the policy parameters of a rule set from its {@code *parameters.yaml} files: named numbers with sources, each
 * optionally scoped to a region. A parameter without a value is declared but left for the utility to set.
 */
final class Parameters {
    static final String FILE_SUFFIX = "parameters.yaml";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    record Outcome(List<PolicyParameter> parameters, List<CompileProblem> problems) {
    }

    Outcome read(Map<String, String> files) {
        List<PolicyParameter> parameters = new ArrayList<>();
        List<CompileProblem> problems = new ArrayList<>();
        files.forEach((path, content) -> {
            try {
                for (PolicyParameter parameter : YAML.readValue(content, PolicyParameter[].class)) {
                    if (parameter.name() == null || parameter.source() == null) {
                        problems.add(CompileProblem.error(path, 0, 0, "Every parameter needs a name and a source: " + parameter));
                    }
                    if (parameters.stream().anyMatch(parameter::sameSlotAs)) {
                        problems.add(CompileProblem.error(path, 0, 0, "Parameter " + parameter.name()
                                + (parameter.region() == null ? "" : " for " + parameter.region()) + " is set twice"));
                    }
                    parameters.add(parameter);
                }
            } catch (JsonProcessingException e) {
                var location = e.getLocation();
                problems.add(CompileProblem.error(path, location == null ? 0 : location.getLineNr(),
                        location == null ? 0 : location.getColumnNr(), e.getOriginalMessage()));
            }
        });
        return new Outcome(parameters, problems);
    }
}
