package dev.dunning.rules.compiler;

import java.util.List;
import java.util.stream.Collectors;

/** A rule set that does not compile; carries every error with its file, line and column. */
public class RuleSetInvalid extends RuntimeException {
    private final transient List<CompileProblem> errors;

    public RuleSetInvalid(List<CompileProblem> errors) {
        super("Rule set does not compile:\n" + errors.stream().map(CompileProblem::toString)
                .collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<CompileProblem> errors() {
        return errors;
    }
}
