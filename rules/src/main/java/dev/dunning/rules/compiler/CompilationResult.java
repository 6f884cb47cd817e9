package dev.dunning.rules.compiler;

import java.util.List;
import java.util.Optional;

/** The outcome of compiling a rule set: the compiled set when there is no error, and every problem found. */
public record CompilationResult(Optional<CompiledRuleSet> ruleSet, List<CompileProblem> problems) {

    public boolean succeeded() {
        return ruleSet.isPresent();
    }

    public List<CompileProblem> errors() {
        return problems.stream().filter(CompileProblem::isError).toList();
    }

    /** The compiled rule set, or {@link RuleSetInvalid} listing every error. */
    public CompiledRuleSet orThrow() {
        return ruleSet.orElseThrow(() -> new RuleSetInvalid(errors()));
    }
}
