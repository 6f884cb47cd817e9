package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.scenarios.RuleSetVerifier;
import dev.dunning.rules.scenarios.ScenarioRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule engine as beans: the one compiler of rule sets, the decision pipeline and the verifier of uploads. */
@Configuration(proxyBeanMethods = false)
class RuleEngineConfiguration {

    @Bean
    RuleSetCompiler ruleSetCompiler() {
        return new RuleSetCompiler();
    }

    @Bean
    DecisionPipeline decisionPipeline(RuleSetSettings settings) {
        return new DecisionPipeline(settings.timeZone());
    }

    @Bean
    RuleSetVerifier ruleSetVerifier(RuleSetCompiler compiler, DecisionPipeline pipeline) {
        return new RuleSetVerifier(compiler, new ScenarioRunner(pipeline));
    }
}
