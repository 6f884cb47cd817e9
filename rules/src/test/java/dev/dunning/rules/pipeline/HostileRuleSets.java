package dev.dunning.rules.pipeline;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetSource;
import java.util.Map;
import java.util.TreeMap;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * A rule set of hostile DRL alone, built straight with KIE (the executable model, as the compiler builds) but without
 * the compiler's gates: what rules could do at run time if something slipped past them. The default pack's tables,
 * parameters and templates are reused; its DRL is left out, so that the build takes a second, not twenty.
 */
final class HostileRuleSets {
    private HostileRuleSets() {
    }

    static CompiledRuleSet withDrl(String version, String path, String drl) {
        CompiledRuleSet pack = DefaultPolicyPack.compiled();
        Map<String, String> files = new TreeMap<>(pack.source().files());
        files.put(path, drl);
        RuleSetSource source = RuleSetSource.of(version, files);
        KieServices kie = KieServices.get();
        ReleaseId release = kie.newReleaseId("dev.dunning.test", "hostile", "1." + Math.abs(source.hash().hashCode()));
        KieFileSystem kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(release);
        kfs.write("src/main/resources/" + path, drl);
        KieBuilder builder = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("The hostile test rule set does not build: " + builder.getResults());
        }
        var kieBase = kie.newKieContainer(release).getKieBase();
        return new CompiledRuleSet(source, source.hash(), kieBase, pack.decisionTables(), pack.parameters(),
                pack.templates(), pack.warnings());
    }
}
