package dev.dunning.service.batch;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.decision.Decision;
import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.pipeline.DecisionPipeline;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.service.audit.CanonicalJson;
import dev.dunning.service.decisions.Decided;
import dev.dunning.service.risk.RiskModels;
import java.time.ZoneId;

/**
 * Decides without the service: one compiled rule set, the shipped risk model scored as the service scores it, and
 * no decision log. Thread-safe.
 */
public final class InProcessDecider implements Decider {
    private static final CanonicalJson CANONICAL = CanonicalJson.standalone();
    private final CompiledRuleSet ruleSet;
    private final DecisionPipeline pipeline;
    private final RiskModels risk;

    public InProcessDecider(RuleSetSource policy, ZoneId zone) {
        this.ruleSet = new RuleSetCompiler().compile(policy).orThrow();
        this.pipeline = new DecisionPipeline(zone);
        this.risk = RiskModels.standalone();
    }

    public RuleSetRef ruleSet() {
        return ruleSet.ref();
    }

    @Override
    public Decided decide(DecisionRequest request) {
        Decision decision = pipeline.decide(request, ruleSet, risk.assess(request));
        return new Decided(decision, CANONICAL.write(decision), false);
    }
}
