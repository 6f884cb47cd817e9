package dev.dunning.rules.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dunning.rules.facts.PolicyParameter;
import dev.dunning.rules.pack.Json;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the policy parameters of a rule set from its {@code *parameters.yaml} files: named numbers with sources, each
 * optionally scoped to a region. A parameter without a value is declared but left for the utility to set. Values are
 * bounded like money and rates: at most {@value #MAX_INTEGER_DIGITS} digits before the point and
 * {@value #MAX_DECIMALS} after it, so no rule computes with a number such as {@code 1E+999999999}.
 */
final class Parameters {
    static final String FILE_SUFFIX = "parameters.yaml";
    static final int MAX_INTEGER_DIGITS = 12;
    static final int MAX_DECIMALS = 12;
    private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]{0,99}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}(-[A-Za-z0-9]{1,40}){0,3}");
    private static final int MAX_TEXT = 1_000;
    private static final ObjectMapper YAML = Json.yaml();

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
                        continue;
                    }
                    outOfBounds(parameter).ifPresent(reason -> problems.add(CompileProblem.error(path,
                            lineOf(content, parameter.name()), 0, "Parameter " + parameter.name() + ": " + reason)));
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

    private static Optional<String> outOfBounds(PolicyParameter parameter) {
        if (!NAME.matcher(parameter.name()).matches()) {
            return Optional.of("a name is letters, digits, dots, dashes and underscores, up to 100 characters");
        }
        if (parameter.region() != null && !REGION.matcher(parameter.region()).matches()) {
            return Optional.of("a region is a code such as CN-BJ or CN-SD-Linyi");
        }
        if (parameter.source().length() > MAX_TEXT || parameter.note() != null && parameter.note().length() > MAX_TEXT) {
            return Optional.of("a source or note is at most " + MAX_TEXT + " characters");
        }
        BigDecimal value = parameter.value();
        if (value != null && (value.precision() - value.scale() > MAX_INTEGER_DIGITS || value.scale() > MAX_DECIMALS)) {
            return Optional.of("the value " + (value.scale() < -MAX_DECIMALS ? "with exponent " + -value.scale() : value)
                    + " has more than " + MAX_INTEGER_DIGITS + " digits before the point or " + MAX_DECIMALS + " after it");
        }
        return Optional.empty();
    }

    private static int lineOf(String content, String name) {
        int at = content.indexOf(name);
        return at < 0 ? 0 : (int) content.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }
}
