package dev.dunning.rules.compiler;

import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.facts.PolicyParameter;
import java.util.List;
import org.kie.api.KieBase;

/** A compiled rule-set version: thread-safe, shared by all requests, identified by the hash of its source. */
public record CompiledRuleSet(RuleSetSource source, String hash, KieBase kieBase, DecisionTables decisionTables,
                              List<PolicyParameter> parameters, List<CompileProblem> warnings) {

    public RuleSetRef ref() {
        return new RuleSetRef(source.version(), hash);
    }
}
