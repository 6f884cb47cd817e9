package dev.dunning.rules.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.FiredRule;
import dev.dunning.rules.decision.Protection;
import dev.dunning.rules.pack.Json;
import dev.dunning.rules.pipeline.DecisionPipeline;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Runs scenarios through the decision pipeline with a compiled rule set and checks each expectation. */
public final class ScenarioRunner {
    private final DecisionPipeline pipeline;

    public ScenarioRunner(DecisionPipeline pipeline) {
        this.pipeline = pipeline;
    }

    public ScenarioResult run(Scenario scenario, CompiledRuleSet ruleSet) {
        Decision decision;
        try {
            decision = pipeline.decide(scenario.decisionRequest(), ruleSet.withParameters(scenario.parameters()),
                    scenario.risk());
        } catch (Scenario.Refused e) {
            return new ScenarioResult(scenario, null, List.of(e.getMessage()));
        } catch (Exception e) {
            return new ScenarioResult(scenario, null, List.of("evaluation failed: " + e.getMessage()));
        }
        List<String> failures = new ArrayList<>();
        JsonNode answer = Json.json().valueToTree(decision);
        scenario.expect().forEach((path, expected) -> {
            JsonNode actual = DecisionPath.resolve(answer, path);
            if (!DecisionPath.same(expected, actual)) {
                failures.add(path + ": expected " + expected + " but was " + actual);
            }
        });
        checkFired(scenario, decision, failures);
        checkProtections(scenario, decision, failures);
        return new ScenarioResult(scenario, decision, failures);
    }

    private static void checkFired(Scenario scenario, Decision decision, List<String> failures) {
        Set<String> fired = new TreeSet<>(decision.trace().firedRules().stream().map(FiredRule::id).toList());
        scenario.fired().stream().filter(id -> !fired.contains(id)).forEach(id ->
                failures.add("rule " + id + " did not fire; fired: " + fired));
    }

    private static void checkProtections(Scenario scenario, Decision decision, List<String> failures) {
        if (scenario.protections() == null) {
            return;
        }
        Set<String> actual = new TreeSet<>(decision.protections().stream().map(Protection::code).toList());
        Set<String> expected = new TreeSet<>(scenario.protections());
        if (!actual.equals(expected)) {
            failures.add("protections: expected " + expected + " but were " + actual);
        }
    }
}
