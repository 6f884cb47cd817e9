package dev.dunning.service;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dunning.rules.compiler.CompiledRuleSet;
import dev.dunning.rules.compiler.RuleSetSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieServices;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Rule sets holding rules no gate lets through (recursion, a thrown {@link Error}), built straight with KIE as if they
 * had slipped past the compiler: what the run-time containment must still catch.
 */
public final class HostileRuleSets {
    private HostileRuleSets() {
    }

    /**
     * Rules that pass the policy profile and never stop, each on its own account (SPIN-1, ECHO-1, GROW-1): the rules
     * module's test file, so that both modules stop the same rules.
     */
    public static final String RUNAWAY = read(Path.of("..", "rules", "src", "test", "resources", "hostile", "runaway",
            "runaway.drl"));

    /** A rule that recurses until the stack overflows, for every account. */
    public static final String STACK_OVERFLOW = """
            package policy.hostile;
            import dev.dunning.rules.request.Account;

            function int deeper(int n) { return deeper(n + 1) + 1; }

            rule "Recurses" @id("H-DEEP") @source("test") @grade("C")
            when
                Account( )
            then
                insert(Integer.valueOf(deeper(0)));
            end
            """;

    /** {@code serving} with {@code drl} as its only DRL (tables, parameters and templates kept), named {@code version}. */
    public static CompiledRuleSet withOnlyDrl(CompiledRuleSet serving, String version, String drl) {
        Map<String, String> files = new TreeMap<>(serving.source().files());
        files.put("hostile/hostile.drl", drl);
        RuleSetSource source = RuleSetSource.of(version, files);
        KieServices kie = KieServices.get();
        ReleaseId release = kie.newReleaseId("dev.dunning.test", "hostile-" + version, "1.0.0");
        var kfs = kie.newKieFileSystem();
        kfs.generateAndWritePomXML(release);
        kfs.write("src/main/resources/hostile/hostile.drl", drl);
        var results = kie.newKieBuilder(kfs).buildAll(ExecutableModelProject.class).getResults();
        assertThat(results.getMessages(Message.Level.ERROR)).isEmpty();
        return new CompiledRuleSet(source, source.hash(), kie.newKieContainer(release).getKieBase(),
                serving.decisionTables(), serving.parameters(), serving.templates(), serving.warnings());
    }

    private static String read(Path path) {
        try {
            return Files.readString(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
