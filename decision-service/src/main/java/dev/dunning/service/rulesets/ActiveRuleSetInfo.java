package dev.dunning.service.rulesets;

import dev.dunning.rules.compiler.CompiledRuleSet;
import java.util.Map;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info} names the rule set this instance serves now (version label, hash, number of files) and the
 * versions it holds compiled (activated ones, and approved ones ready to be activated).
 */
@Component
class ActiveRuleSetInfo implements InfoContributor {
    private final ActiveRuleSet active;

    ActiveRuleSetInfo(ActiveRuleSet active) {
        this.active = active;
    }

    @Override
    public void contribute(Info.Builder builder) {
        CompiledRuleSet ruleSet = active.current();
        builder.withDetail("ruleSet", Map.of("version", ruleSet.source().version(), "hash", ruleSet.hash(),
                "files", ruleSet.source().files().size(), "compiled", active.compiledHashes()));
    }
}
