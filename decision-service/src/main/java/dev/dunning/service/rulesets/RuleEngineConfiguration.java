package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.scenarios.RuleSetVerifier;
import dev.dunning.rules.scenarios.ScenarioRunner;
import dev.dunning.rules.scenarios.VerificationPool;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The rule engine as beans: the one compiler of rule sets, the decision pipeline within its limits, and the pool that
 * checks uploads and compiles versions off the request threads.
 */
@Configuration(proxyBeanMethods = false)
class RuleEngineConfiguration {

    @Bean
    RuleSetCompiler ruleSetCompiler() {
        return new RuleSetCompiler();
    }

    @Bean
    DecisionPipeline decisionPipeline(RuleSetSettings settings, RuleLimitSettings limits) {
        return new DecisionPipeline(settings.timeZone(), limits.decision().limits());
    }

    @Bean
    VerificationPool verificationPool(RuleSetCompiler compiler, DecisionPipeline pipeline, RuleLimitSettings limits) {
        return new VerificationPool(new RuleSetVerifier(compiler, new ScenarioRunner(pipeline),
                limits.verification().limits()), compiler);
    }
}
