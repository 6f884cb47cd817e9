package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The rule set that decisions are made with. Compiled once at start-up from the default policy pack; held in an
 * atomic reference so a later activation can swap it without pausing requests.
 */
@Component
public class ActiveRuleSet {
    private static final Logger log = LoggerFactory.getLogger(ActiveRuleSet.class);
    private final AtomicReference<CompiledRuleSet> current = new AtomicReference<>();

    ActiveRuleSet(DefaultPolicyPack defaultPack, RuleSetCompiler compiler) {
        RuleSetSource source = defaultPack.load();
        long started = System.nanoTime();
        CompiledRuleSet compiled = compiler.compile(source).orThrow();
        log.info("Rule set {} ({}) compiled from {} files in {} ms", compiled.source().version(), compiled.hash(),
                source.files().size(), (System.nanoTime() - started) / 1_000_000);
        current.set(compiled);
    }

    public CompiledRuleSet current() {
        return current.get();
    }
}
