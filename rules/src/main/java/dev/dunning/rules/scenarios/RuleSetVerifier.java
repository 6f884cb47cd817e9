package dev.dunning.rules.scenarios;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompileProblem;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.MatchedRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles a rule set through the one compiler, analyses its decision tables and runs its own scenarios: what an
 * upload and the policy command line check a rule set with.
 */
public final class RuleSetVerifier {
    private final RuleSetCompiler compiler;
    private final ScenarioRunner runner;

    public RuleSetVerifier(RuleSetCompiler compiler, ScenarioRunner runner) {
        this.compiler = compiler;
        this.runner = runner;
    }

    public RuleSetVerification verify(RuleSetSource source) {
        CompilationResult compiled = compiler.compile(source);
        if (compiled.ruleSet().isEmpty()) {
            return new RuleSetVerification(source.hash(), source.version(), compiled.problems(), ScenarioSummary.NOT_RUN);
        }
        List<CompileProblem> problems = new ArrayList<>(compiled.problems());
        problems.addAll(compiler.analyzeDecisionTables(source));
        return new RuleSetVerification(source.hash(), source.version(), List.copyOf(problems),
                run(source, compiled.ruleSet().get()));
    }

    private ScenarioSummary run(RuleSetSource source, CompiledRuleSet ruleSet) {
        List<ScenarioResult> results;
        try {
            results = ScenarioFiles.read(source).stream().map(s -> runner.run(s, ruleSet)).toList();
        } catch (IllegalArgumentException e) {
            return new ScenarioSummary(0, 0, List.of(new ScenarioSummary.ScenarioFailure("", "", List.of(e.getMessage()))),
                    List.of(), List.of());
        }
        List<ScenarioSummary.ScenarioFailure> failures = results.stream().filter(r -> !r.passed())
                .map(r -> new ScenarioSummary.ScenarioFailure(r.scenario().file(), r.scenario().name(), r.failures()))
                .toList();
        return new ScenarioSummary(results.size(), results.size() - failures.size(), failures,
                rulesNeverFired(ruleSet, results), rowsNeverMatched(ruleSet, results));
    }

    private static List<String> rulesNeverFired(CompiledRuleSet ruleSet, List<ScenarioResult> results) {
        Set<String> fired = new TreeSet<>();
        results.stream().filter(r -> r.decision() != null)
                .forEach(r -> r.decision().trace().firedRules().stream().map(FiredRule::id).forEach(fired::add));
        Set<String> never = new TreeSet<>();
        ruleSet.kieBase().getKiePackages().forEach(p -> p.getRules().stream()
                .filter(rule -> !rule.getMetaData().containsKey("safeguard"))
                .map(rule -> String.valueOf(rule.getMetaData().getOrDefault("id", rule.getName())))
                .filter(id -> !fired.contains(id)).forEach(never::add));
        return List.copyOf(never);
    }

    private static List<String> rowsNeverMatched(CompiledRuleSet ruleSet, List<ScenarioResult> results) {
        Set<String> matched = new TreeSet<>();
        results.stream().filter(r -> r.decision() != null)
                .forEach(r -> r.decision().trace().matchedRows().stream().map(MatchedRow::rowId).forEach(matched::add));
        return ruleSet.decisionTables().rowIds().stream().filter(id -> !matched.contains(id)).sorted().toList();
    }
}
