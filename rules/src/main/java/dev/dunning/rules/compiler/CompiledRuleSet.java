package dev.dunning.rules.compiler;

import dev.dunning.rules.contact.MessageTemplates;
import dev.dunning.rules.decision.RuleSetRef;
import dev.dunning.rules.facts.PolicyParameter;
import java.util.ArrayList;
import java.util.List;
import org.kie.api.KieBase;

/** A compiled rule-set version: thread-safe, shared by all requests, identified by the hash of its source. */
public record CompiledRuleSet(RuleSetSource source, String hash, KieBase kieBase, DecisionTables decisionTables,
                              List<PolicyParameter> parameters, MessageTemplates templates,
                              List<CompileProblem> warnings) {

    /** The same rules with some parameters set differently (same name and region): for scenarios and what-ifs. */
    public CompiledRuleSet withParameters(List<PolicyParameter> overrides) {
        if (overrides.isEmpty()) {
            return this;
        }
        List<PolicyParameter> merged = new ArrayList<>(overrides);
        parameters.stream().filter(p -> overrides.stream().noneMatch(p::sameSlotAs)).forEach(merged::add);
        return new CompiledRuleSet(source, hash, kieBase, decisionTables, List.copyOf(merged), templates, warnings);
    }

    public RuleSetRef ref() {
        return new RuleSetRef(source.version(), hash);
    }
}
