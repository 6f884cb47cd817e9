package dev.dunning.rules.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.scenarios.ScenarioFiles;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/**
 * A decision is bounded whatever its rules do: a rule re-firing itself forever is stopped at the firing limit, rules
 * that grow their own work are stopped by the time budget, and anything a rule throws, a {@link StackOverflowError}
 * included, comes back as a failure naming the rule set and the rule, never the customer's data. The pipeline is fine
 * for the next decision.
 */
class EvaluationBoundsTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final DecisionRequest REQUEST = ScenarioFiles.read(DefaultPolicyPack.SOURCE).getFirst().decisionRequest();
    private static final String HEADER = """
            package policy.hostile;
            import dev.dunning.rules.request.Account;
            import dev.dunning.rules.decision.PolicyWarning;
            """;

    @Test
    void aRuleThatUpdatesItsOwnFactForeverIsStoppedAtTheFiringLimit() {
        CompiledRuleSet spinning = HostileRuleSets.withDrl("spin-1", "hostile/runaway.drl", HostileRuleSets.RUNAWAY);
        DecisionRequest request = HostileRuleSets.requestFor("SPIN-1");
        DecisionPipeline pipeline = new DecisionPipeline(ZONE, new EvaluationLimits(500, Duration.ofMinutes(5)));
        assertThatThrownBy(() -> pipeline.decide(request, spinning))
                .isInstanceOfSatisfying(RuleSetLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo("max-firings");
                    assertThat(e.rule()).isEqualTo("H-SPIN \"Looks at the account again\"");
                    assertThat(e.ruleSet()).isEqualTo(spinning.ref());
                })
                .hasMessageContaining("spin-1").hasMessageContaining(spinning.hash())
                .hasMessageContaining("500 rule firings").hasMessageContaining("H-SPIN")
                .satisfies(e -> assertNoCustomerData(e.getMessage(), request));
        assertThat(pipeline.decide(REQUEST, spinning).accountId()).as("other accounts are decided")
                .isEqualTo(REQUEST.account().id());
        assertThat(pipeline.decide(REQUEST, DefaultPolicyPack.compiled()).trace().firedRules()).isNotEmpty();
    }

    @Test
    void aRuleThatInsertsANewFactEveryTimeIsStoppedAtTheDefaultFiringLimit() {
        CompiledRuleSet echoing = HostileRuleSets.withDrl("echo-1", "hostile/runaway.drl", HostileRuleSets.RUNAWAY);
        var defaultFirings = new EvaluationLimits(EvaluationLimits.DEFAULTS.maxFirings(), Duration.ofMinutes(5));
        assertThatThrownBy(() -> new DecisionPipeline(ZONE, defaultFirings).decide(HostileRuleSets.requestFor("ECHO-1"), echoing))
                .isInstanceOfSatisfying(RuleSetLimitExceeded.class, e -> assertThat(e.rule()).contains("H-ECHO"))
                .hasMessageContaining(EvaluationLimits.DEFAULTS.maxFirings() + " rule firings");
    }

    @Test
    void rulesThatGrowTheirOwnWorkAreStoppedByTheTimeBudget() {
        CompiledRuleSet growing = HostileRuleSets.withDrl("grow-1", "hostile/runaway.drl", HostileRuleSets.RUNAWAY);
        DecisionRequest request = HostileRuleSets.requestFor("GROW-1");
        DecisionPipeline pipeline = new DecisionPipeline(ZONE, new EvaluationLimits(Integer.MAX_VALUE, Duration.ofMillis(300)));
        assertThatThrownBy(() -> pipeline.decide(request, growing))
                .isInstanceOfSatisfying(RuleSetLimitExceeded.class, e -> {
                    assertThat(e.limit()).isEqualTo("time-budget");
                    assertThat(e.rule()).contains("H-GROW");
                })
                .hasMessageContaining("over the time budget of 300 ms").hasMessageContaining("grow-1")
                .satisfies(e -> assertNoCustomerData(e.getMessage(), request));
    }

    @Test
    void aStackOverflowInARuleBecomesAFailureNamingTheRule() {
        CompiledRuleSet overflowing = HostileRuleSets.withDrl("deep-1", "hostile/deep.drl", HEADER + """
                function int deeper(int n) { return deeper(n + 1) + 1; }

                rule "Recurses" @id("H-DEEP") @source("test") @grade("C")
                when
                    $account : Account( )
                then
                    insert(Integer.valueOf(deeper(0)));
                end
                """);
        DecisionPipeline pipeline = new DecisionPipeline(ZONE);
        assertThatThrownBy(() -> pipeline.decide(REQUEST, overflowing))
                .isInstanceOfSatisfying(RuleSetEvaluationFailed.class, e -> {
                    assertThat(e.ruleSet()).isEqualTo(overflowing.ref());
                    assertThat(e.rule()).contains("H-DEEP");
                })
                .hasMessageContaining("StackOverflowError").hasMessageContaining("deep-1")
                .satisfies(e -> assertNoCustomerData(e.getMessage(), REQUEST));
        Decision next = pipeline.decide(REQUEST, DefaultPolicyPack.compiled());
        assertThat(next.ruleSet()).isEqualTo(DefaultPolicyPack.compiled().ref());
    }

    @Test
    void anErrorThrownByARuleIsContained() {
        CompiledRuleSet throwing = HostileRuleSets.withDrl("oom-1", "hostile/oom.drl", HEADER + """
                rule "Throws an error" @id("H-OOM") @source("test") @grade("C")
                when
                    Account( )
                then
                    throw new OutOfMemoryError("pretend");
                end
                """);
        assertThatThrownBy(() -> new DecisionPipeline(ZONE).decide(REQUEST, throwing))
                .isInstanceOf(RuleSetEvaluationFailed.class)
                .hasMessageContaining("OutOfMemoryError").hasMessageContaining("H-OOM").hasMessageNotContaining("pretend");
    }

    private static void assertNoCustomerData(String message, DecisionRequest request) {
        assertThat(message).doesNotContain(request.account().id(), request.requestId());
        if (request.account().name() != null) {
            assertThat(message).doesNotContain(request.account().name());
        }
    }
}
