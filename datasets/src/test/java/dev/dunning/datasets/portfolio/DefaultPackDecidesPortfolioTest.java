package dev.dunning.datasets.portfolio;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.pack.PolicyPack;
import dev.dunning.rules.pipeline.DecisionPipeline;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated accounts are ones the default policy pack in {@code rules/policy} can price and decide. */
class DefaultPackDecidesPortfolioTest {

    @Test
    void theDefaultPackDecidesGeneratedAccountsWithABillAndWithoutANoTariffWarning() {
        CompiledRuleSet pack = new RuleSetCompiler().compile(PolicyPack.fromDirectory(Path.of("../rules/policy"))).orThrow();
        PortfolioSpec spec = new PortfolioSpec(8, 300, PortfolioSpec.DEFAULT_AS_OF);
        DecisionPipeline pipeline = new DecisionPipeline(spec.zone());
        List<Decision> decisions = new PortfolioGenerator(spec).requests().map(r -> pipeline.decide(r, pack)).toList();
        assertThat(decisions).hasSize(300).allSatisfy(d -> {
            assertThat(d.warnings()).as(d.accountId()).noneMatch(w -> w.startsWith("No tariff"));
            assertThat(d.charges().currentBill()).as(d.accountId()).isNotNull();
            assertThat(d.escalation()).isNotNull();
        });
    }
}
