package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import dev.dunning.rules.compiler.CompileProblem;
import java.util.List;

/**
 * What checking a rule set found: every compile and sandbox problem (errors and warnings, with file, line and
 * column) and, when it compiled, how its scenarios went.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RuleSetVerification(String hash, String version, List<CompileProblem> problems, ScenarioSummary scenarios) {

    @JsonProperty("compiles")
    public boolean compiles() {
        return problems.stream().noneMatch(CompileProblem::isError);
    }

    /** Compiles and every scenario passes: what submitting a version for review requires. */
    @JsonProperty("clean")
    public boolean clean() {
        return compiles() && scenarios.green();
    }
}
