package dev.dunning.rules;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetCompiler;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.pack.PolicyPack;
import java.nio.file.Path;

/** The default policy pack in {@code rules/policy}, compiled once per test run through the one compiler. */
public final class DefaultPolicyPack {
    public static final RuleSetSource SOURCE = PolicyPack.fromDirectory(Path.of("policy"));
    private static CompiledRuleSet compiled;

    private DefaultPolicyPack() {
    }

    public static synchronized CompiledRuleSet compiled() {
        if (compiled == null) {
            compiled = new RuleSetCompiler().compile(SOURCE).orThrow();
        }
        return compiled;
    }
}
