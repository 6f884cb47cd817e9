package dev.dunning.rules.compiler;

import dev.dunning.rules.contact.TemplateFiles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The one compiler of rule sets: the service, the CLI and the scenario tests all go through it. First the sandbox
 * checks every DRL and DMN file (the policy profile, the DMN gate); while any file breaks it, nothing is built. Then it
 * compiles the DRL (executable model, whose generated code the bytecode gate checks), validates and builds the DMN,
 * reads the parameters and the message templates; every problem comes back as data.
 */
public final class RuleSetCompiler {
    private final DrlCompiler drl = new DrlCompiler();
    private final DmnCompiler dmn = new DmnCompiler();
    private final Parameters parameters = new Parameters();

    public CompilationResult compile(RuleSetSource source) {
        String hash = source.hash();
        var parameterOutcome = parameters.read(source.filesEndingWith(Parameters.FILE_SUFFIX));
        var templateOutcome = TemplateFiles.read(source.files());
        List<CompileProblem> problems = new ArrayList<>(parameterOutcome.problems());
        templateOutcome.problems().forEach(p -> problems.add(CompileProblem.error(p.file(), p.line(), 0, p.message())));
        DrlProfile.Outcome profiled = drl.profile(source.filesEndingWith(".drl"));
        List<CompileProblem> refused = new ArrayList<>(profiled.problems());
        refused.addAll(dmn.sandbox(source.filesEndingWith(".dmn")));
        if (!refused.isEmpty()) {
            refused.addAll(problems);
            return new CompilationResult(Optional.empty(), List.copyOf(refused));
        }
        var drlOutcome = drl.compile(hash, source.filesEndingWith(".drl"), profiled);
        var dmnOutcome = dmn.compile(source.filesEndingWith(".dmn"));
        problems.addAll(0, dmnOutcome.problems());
        problems.addAll(0, drlOutcome.problems());
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
