package dev.dunning.rules.pipeline;

import dev.dunning.rules.DefaultPolicyPack;
import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetSource;
import dev.dunning.rules.request.DecisionRequest;
import dev.dunning.rules.scenarios.ScenarioFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
public final class HostileRuleSets {
    /** Rules that pass the policy profile and never stop, each on its own account (SPIN-1, ECHO-1, GROW-1). */
    public static final String RUNAWAY = read("src/test/resources/hostile/runaway/runaway.drl");

    private HostileRuleSets() {
    }

    /** A request of a Zhejiang household with one overdue bill, for account {@code accountId}. */
    static DecisionRequest requestFor(String accountId) {
        return ScenarioFiles.read(RuleSetSource.of("runaway", Map.of("runaway.scenarios.yaml", """
                defaults:
                  asOf: "2026-11-20T10:00:00+08:00"
                  account: { id: %s, utility: ELECTRICITY, region: CN-ZJ, customerType: RESIDENTIAL }
                  openBills: [ { id: E-1, dueDate: "2026-09-01", principal: 100.00 } ]
                scenarios:
                  - name: runs away
                """.formatted(accountId)))).getFirst().decisionRequest();
    }

    private static String read(String path) {
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
