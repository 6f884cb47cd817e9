package dev.dunning.rules.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.dunning.rules.facts.PolicyParameter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the policy parameters of a rule set from {@code parameters.yaml} files: a list of named numbers with sources. */
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
                    if (parameter.name() == null || parameter.value() == null || parameter.source() == null) {
                        problems.add(CompileProblem.error(path, 0, 0, "Every parameter needs name, value and source: " + parameter));
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
