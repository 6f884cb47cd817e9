package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.pipeline.RuleSetEvaluationFailed;
import dev.dunning.rules.scenarios.ScenarioFiles;
import java.time.ZoneId;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A rule that fails while deciding is reported by name, never as an anonymous engine error. */
class DecisionPipelineTest {

    @Test
    void aRuleThatFailsAtRunTimeIsNamedInTheFailure() {
        TreeMap<String, String> files = new TreeMap<>(DefaultPolicyPack.SOURCE.files());
        files.put("broken/divide.drl", """
                package policy.broken;
                import dev.dunning.rules.request.Account;
                rule "Divides by zero"
                    @id("BROKEN-1") @source("test") @grade("C")
                when
                    Account( )
                then
                    int zero = 0;
                    insert(Integer.valueOf(1 / zero));
                end
                """);
        CompiledRuleSet broken = new RuleSetCompiler().compile(RuleSetSource.of("broken", files)).orThrow();
        var request = ScenarioFiles.read(DefaultPolicyPack.SOURCE).getFirst().decisionRequest();
        assertThatThrownBy(() -> new DecisionPipeline(ZoneId.of("Asia/Shanghai")).decide(request, broken))
                .isInstanceOf(RuleSetEvaluationFailed.class)
                .hasMessageContaining("Divides by zero").hasMessageContaining("ArithmeticException");
    }
}
