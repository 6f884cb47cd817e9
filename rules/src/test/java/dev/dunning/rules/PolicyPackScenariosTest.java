package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.scenarios.ScenarioFiles;
import dev.dunning.rules.scenarios.ScenarioResult;
import dev.dunning.rules.scenarios.ScenarioRunner;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs every {@code *.scenarios.yaml} of the default pack, and checks that every rule and table row is exercised. */
class PolicyPackScenariosTest {
    private static final ScenarioRunner RUNNER = new ScenarioRunner(new DecisionPipeline(ZoneId.of("Asia/Shanghai")));
    private static List<ScenarioResult> results;

    /** Every scenario of the pack, run once for all the tests of this class. */
    private static synchronized List<ScenarioResult> results() {
        if (results == null) {
            CompiledRuleSet ruleSet = DefaultPolicyPack.compiled();
            results = ScenarioFiles.read(DefaultPolicyPack.SOURCE).stream().map(s -> RUNNER.run(s, ruleSet)).toList();
        }
        return results;
    }

    @TestFactory
    Stream<DynamicTest> everyScenarioOfThePackHoldsItsExpectations() {
        return results().stream().map(result -> DynamicTest.dynamicTest(
                result.scenario().file() + ": " + result.scenario().name(),
                () -> assertThat(result.failures()).as(result.scenario().name()).isEmpty()));
    }

    /** Safeguards catch a broken ladder table and never fire with the pack's own: EscalationSafeguardsTest proves them. */
    @Test
    void everyRuleOfThePackFiresInAtLeastOneScenario() {
        Set<String> fired = new TreeSet<>();
        results().forEach(r -> r.decision().trace().firedRules().stream().map(FiredRule::id).forEach(fired::add));
        Set<String> neverFired = new TreeSet<>();
        DefaultPolicyPack.compiled().kieBase().getKiePackages().forEach(p -> p.getRules().stream()
                .filter(r -> !r.getMetaData().containsKey("safeguard"))
                .map(r -> String.valueOf(r.getMetaData().get("id"))).filter(id -> !fired.contains(id))
                .forEach(neverFired::add));
        assertThat(fired).hasSizeGreaterThan(10);
        assertThat(neverFired).as("rules that no scenario fires").isEmpty();
    }

    @Test
    void everyRowOfTheEscalationLadderMatchesInAtLeastOneScenario() {
        Set<String> matched = new TreeSet<>();
        results().forEach(r -> r.decision().trace().matchedRows().stream().map(MatchedRow::rowId).forEach(matched::add));
        assertThat(matched).containsAll(DefaultPolicyPack.compiled().decisionTables().rowIds());
    }

    @Test
    void everyRuleCitesItsSourceAndGrade() {
        DefaultPolicyPack.compiled().kieBase().getKiePackages().forEach(p -> p.getRules().forEach(rule ->
                assertThat(rule.getMetaData()).as(rule.getName()).containsKeys("id", "source", "grade")));
    }
}
