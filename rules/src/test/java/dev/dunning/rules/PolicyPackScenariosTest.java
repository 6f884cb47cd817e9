package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.MatchedRow;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.scenarios.Scenario;
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
    private static final List<Scenario> SCENARIOS = ScenarioFiles.read(DefaultPolicyPack.SOURCE);

    @TestFactory
    Stream<DynamicTest> everyScenarioOfThePackHoldsItsExpectations() {
        CompiledRuleSet ruleSet = DefaultPolicyPack.compiled();
        return SCENARIOS.stream().map(scenario -> DynamicTest.dynamicTest(scenario.file() + ": " + scenario.name(), () -> {
            ScenarioResult result = RUNNER.run(scenario, ruleSet);
            assertThat(result.failures()).as(scenario.name()).isEmpty();
        }));
    }

    @Test
    void everyRuleOfThePackFiresInAtLeastOneScenario() {
        CompiledRuleSet ruleSet = DefaultPolicyPack.compiled();
        Set<String> fired = new TreeSet<>();
        SCENARIOS.forEach(s -> RUNNER.run(s, ruleSet).decision().trace().firedRules().stream()
                .map(FiredRule::id).forEach(fired::add));
        Set<String> declared = new TreeSet<>();
        ruleSet.kieBase().getKiePackages().forEach(p -> p.getRules().forEach(r -> declared.add(
                String.valueOf(r.getMetaData().get("id")))));
        assertThat(declared).hasSizeGreaterThan(10);
        assertThat(fired).containsAll(declared);
    }

    @Test
    void everyRowOfTheEscalationLadderMatchesInAtLeastOneScenario() {
        CompiledRuleSet ruleSet = DefaultPolicyPack.compiled();
        Set<String> matched = new TreeSet<>();
        SCENARIOS.forEach(s -> RUNNER.run(s, ruleSet).decision().trace().matchedRows().stream()
                .map(MatchedRow::rowId).forEach(matched::add));
        assertThat(matched).containsAll(ruleSet.decisionTables().rowIds());
    }

    @Test
    void everyRuleCitesItsSourceAndGrade() {
        DefaultPolicyPack.compiled().kieBase().getKiePackages().forEach(p -> p.getRules().forEach(rule ->
                assertThat(rule.getMetaData()).as(rule.getName()).containsKeys("id", "source", "grade")));
    }
}
