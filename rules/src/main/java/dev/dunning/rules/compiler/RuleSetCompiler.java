package dev.dunning.rules.compiler;

import dev.dunning.rules.contact.TemplateFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one compiler of rule sets: the service, the CLI and the scenario tests all go through it. Compiles the DRL
 * (executable model), validates and builds the DMN, reads the parameters and the message templates; every problem
 * comes back as data.
 */
public final class RuleSetCompiler {
    private final DrlCompiler drl = new DrlCompiler();
    private final DmnCompiler dmn = new DmnCompiler();
    private final Parameters parameters = new Parameters();

    public CompilationResult compile(RuleSetSource source) {
        String hash = source.hash();
        var drlOutcome = drl.compile(hash, source.filesEndingWith(".drl"));
        var dmnOutcome = dmn.compile(source.filesEndingWith(".dmn"));
        var parameterOutcome = parameters.read(source.filesEndingWith(Parameters.FILE_SUFFIX));
        List<CompileProblem> problems = new ArrayList<>(drlOutcome.problems());
        problems.addAll(dmnOutcome.problems());
        problems.addAll(parameterOutcome.problems());
        var templateOutcome = TemplateFiles.read(source.files());
        templateOutcome.problems().forEach(p -> problems.add(CompileProblem.error(p.file(), p.line(), 0, p.message())));
        if (problems.stream().anyMatch(CompileProblem::isError)) {
            return new CompilationResult(Optional.empty(), List.copyOf(problems));
        }
        var compiled = new CompiledRuleSet(source, hash, drlOutcome.kieBase(), new DecisionTables(dmnOutcome.runtime()),
                List.copyOf(parameterOutcome.parameters()), templateOutcome.templates(), List.copyOf(problems));
        return new CompilationResult(Optional.of(compiled), List.copyOf(problems));
    }

    /**
     * Gaps, overlaps and hit-policy advice for the decision tables of a rule set that compiles, as warnings: what an
     * analyst validating a change wants to see, and nothing a compile for serving needs.
     */
    public List<CompileProblem> analyzeDecisionTables(RuleSetSource source) {
        return dmn.analyze(source.filesEndingWith(".dmn"));
    }
}
