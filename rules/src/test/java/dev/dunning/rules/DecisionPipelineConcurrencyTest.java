package dev.dunning.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.scenarios.Scenario;
import dev.dunning.rules.scenarios.ScenarioFiles;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** One compiled rule set serves concurrent decisions; each keeps its own charges, escalation and trace. */
class DecisionPipelineConcurrencyTest {
    private final DecisionPipeline pipeline = new DecisionPipeline(ZoneId.of("Asia/Shanghai"));

    @Test
    void concurrentDecisionsEqualTheSameDecisionsMadeOneByOne() throws Exception {
        CompiledRuleSet ruleSet = DefaultPolicyPack.compiled();
        List<DecisionRequest> requests = ScenarioFiles.read(DefaultPolicyPack.SOURCE).stream().map(Scenario::decisionRequest).toList();
        List<Decision> alone = requests.stream().map(r -> pipeline.decide(r, ruleSet)).toList();
        try (ExecutorService threads = Executors.newFixedThreadPool(4)) {
            List<Future<Decision>> together = IntStream.range(0, requests.size() * 20)
                    .mapToObj(i -> threads.submit(() -> pipeline.decide(requests.get(i % requests.size()), ruleSet))).toList();
            for (int i = 0; i < together.size(); i++) {
                Decision expected = alone.get(i % requests.size());
                Decision actual = together.get(i).get();
                assertThat(actual.trace()).isEqualTo(expected.trace());
                assertThat(actual.charges()).isEqualTo(expected.charges());
                assertThat(actual.escalation()).isEqualTo(expected.escalation());
            }
        }
    }
}
