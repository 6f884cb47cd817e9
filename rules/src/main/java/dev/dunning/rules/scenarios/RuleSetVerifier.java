package dev.dunning.rules.scenarios;

import dev.dunning.rules.compiler.CompilationResult;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.MatchedRow;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Compiles a rule set through the one compiler and runs its own scenarios: what an upload is checked with. */
public final class RuleSetVerifier {
    private final RuleSetCompiler compiler;
    private final ScenarioRunner runner;

    public RuleSetVerifier(RuleSetCompiler compiler, ScenarioRunner runner) {
        this.compiler = compiler;
        this.runner = runner;
    }

    public RuleSetVerification verify(RuleSetSource source) {
        CompilationResult compiled = compiler.compile(source);
        ScenarioSummary scenarios = compiled.ruleSet().map(ruleSet -> run(source, ruleSet)).orElse(ScenarioSummary.NOT_RUN);
        return new RuleSetVerification(source.hash(), source.version(), compiled.problems(), scenarios);
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
