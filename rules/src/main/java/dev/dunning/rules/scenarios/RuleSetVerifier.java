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
 * Checks a rule set within its {@link VerificationLimits}: its size first (files, bytes, rules, scenarios), then
 * compiles it through the one compiler, analyses its decision tables and runs its own scenarios (each decision within
 * the pipeline's own limits), giving up with {@link VerificationTimedOut} once the time budget is spent or the thread
 * is interrupted. What an upload and the policy command line check a rule set with, through a
 * {@link VerificationPool}.
 */
public final class RuleSetVerifier {
    private final RuleSetCompiler compiler;
    private final ScenarioRunner runner;
    private final VerificationLimits limits;
    private final SourceLimits sizes;

    public RuleSetVerifier(RuleSetCompiler compiler, ScenarioRunner runner) {
        this(compiler, runner, VerificationLimits.DEFAULTS);
    }

    public RuleSetVerifier(RuleSetCompiler compiler, ScenarioRunner runner, VerificationLimits limits) {
        this.compiler = compiler;
        this.runner = runner;
        this.limits = limits;
        this.sizes = new SourceLimits(limits);
    }

    public RuleSetVerification verify(RuleSetSource source) {
        long deadline = System.nanoTime() + limits.timeBudget().toNanos();
        List<CompileProblem> refused = sizes.check(source);
        if (!refused.isEmpty()) {
            return new RuleSetVerification(source.hash(), source.version(), refused, ScenarioSummary.NOT_RUN);
        }
        CompilationResult compiled = compiler.compile(source);
        within(deadline, source, "while compiling");
        if (compiled.ruleSet().isEmpty()) {
            return new RuleSetVerification(source.hash(), source.version(), compiled.problems(), ScenarioSummary.NOT_RUN);
        }
        List<CompileProblem> problems = new ArrayList<>(compiled.problems());
        problems.addAll(compiler.analyzeDecisionTables(source));
        within(deadline, source, "while analysing the decision tables");
        return new RuleSetVerification(source.hash(), source.version(), List.copyOf(problems),
                run(source, compiled.ruleSet().get(), deadline));
    }

    /** The size problems of {@code source} against these limits (none: it may be compiled). */
    List<CompileProblem> sizeProblems(RuleSetSource source) {
        return sizes.check(source);
    }

    VerificationLimits limits() {
        return limits;
    }

    private void within(long deadline, RuleSetSource source, String stage) {
        if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline > 0) {
            throw new VerificationTimedOut(source.version(), source.hash(), limits.timeBudget(), stage);
        }
    }

    private ScenarioSummary run(RuleSetSource source, CompiledRuleSet ruleSet, long deadline) {
        List<ScenarioResult> results = new ArrayList<>();
        List<Scenario> scenarios;
        try {
            scenarios = ScenarioFiles.read(source);
        } catch (IllegalArgumentException e) {
            return new ScenarioSummary(0, 0, List.of(new ScenarioSummary.ScenarioFailure("", "", List.of(e.getMessage()))),
                    List.of(), List.of());
        }
        for (Scenario scenario : scenarios) {
            within(deadline, source, "at scenario " + (results.size() + 1) + " of " + scenarios.size() + " ("
                    + scenario.file() + ": " + scenario.name() + ")");
            results.add(runner.run(scenario, ruleSet));
        }
        within(deadline, source, "after the last scenario");
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
