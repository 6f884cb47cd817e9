package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.pipeline.DecisionPipeline;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The rule engine as beans: the one compiler of rule sets and the decision pipeline. */
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
}
